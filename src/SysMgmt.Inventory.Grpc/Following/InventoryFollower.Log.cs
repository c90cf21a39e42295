using Microsoft.Extensions.Logging;

namespace SysMgmt.Inventory.Grpc.Following;

public sealed partial class InventoryFollower
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the inventory snapshot from {Address}: {NodeCount} nodes at sequence {Sequence}")]
    private static partial void LogSnapshotLoaded(ILogger logger, uint nodeCount, ulong sequence, Uri address);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Watching inventory changes after sequence {Sequence} from {Address}")]
    private static partial void LogWatching(ILogger logger, ulong sequence, Uri address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMD asked for a resync ({Reason}, its latest sequence is {LatestSequence}); taking a new snapshot")]
    private static partial void LogResync(ILogger logger, string reason, ulong latestSequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inventory change {Sequence} came after {LastSequence}, a gap; taking a new snapshot")]
    private static partial void LogGap(ILogger logger, ulong sequence, ulong lastSequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconnected to the inventory stream at {Address}, resuming after sequence {Sequence}")]
    private static partial void LogReconnected(ILogger logger, Uri address, ulong sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inventory stream from {Address} failed ({Reason}); reconnecting in {Delay} after sequence {Sequence}")]
    private static partial void LogStreamFailed(ILogger logger, Uri address, string reason, TimeSpan delay, ulong sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMD at {Address} refused the inventory stream ({Reason}); check the token and its read scope. Retrying in {Delay}")]
    private static partial void LogRefused(ILogger logger, Uri address, string reason, TimeSpan delay);
}
