namespace SysMgmt.Smd.Changes;

internal sealed partial class ChangeRetention
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Changes} changes past the feed's retention")]
    private static partial void LogSwept(ILogger logger, long changes);
}
