namespace SysMgmt.Smd.Changes;

internal sealed partial class ChangeNotificationListener
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change notification connection ({Reason}); listening again in {Delay} (consumers keep polling)")]
    private static partial void LogConnectionLost(ILogger logger, string reason, TimeSpan delay);
}
