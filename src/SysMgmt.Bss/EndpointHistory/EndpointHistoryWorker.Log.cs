namespace SysMgmt.Bss.EndpointHistory;

internal sealed partial class EndpointHistoryWorker
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} endpoint accesses ({Reason}); keeping them in memory and retrying")]
    private static partial void LogWriteFailed(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Writing endpoint accesses again ({Count} written)")]
    private static partial void LogRecovered(ILogger logger, int count);
}
