namespace SysMgmt.Smd.Inventory;

internal sealed partial class InventoryService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Served an inventory snapshot of {NodeCount} nodes at sequence {Sequence} in {Elapsed}")]
    private static partial void LogSnapshotServed(ILogger logger, uint nodeCount, long sequence, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A client watches inventory changes after sequence {Since}")]
    private static partial void LogWatchStarted(ILogger logger, ulong since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Told a client watching after sequence {Since} to resync: {Reason}")]
    private static partial void LogResync(ILogger logger, ulong since, string reason);
}
