namespace SysMgmt.Smd.Changes;

internal sealed partial class ChangeRetentionWorker
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The change feed's retention sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
