namespace SysMgmt.Smd.Locks;

internal sealed partial class LockService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Action} {Count} components ({Refused} refused)")]
    private static partial void LogLockChanged(ILogger logger, string action, int count, int refused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Disabled reservations on {Count} components, ending {Ended} reservations")]
    private static partial void LogDisabled(ILogger logger, int count, int ended);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repaired (re-enabled) reservations on {Count} components")]
    private static partial void LogRepaired(ILogger logger, int count);
}
