namespace SysMgmt.Smd.Locks;

internal sealed partial class ReservationSweeper
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired service reservations")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete expired reservations ({Reason}); retrying at the next sweep")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
