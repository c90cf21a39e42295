namespace SysMgmt.Bss.BootParameters;

internal sealed partial class BootParametersListener
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that receives boot parameter changes from other replicas: {Reason}; reconnecting")]
    private static partial void LogConnectionLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for boot parameter changes again; reloaded all boot parameters")]
    private static partial void LogReconnected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reconnect to receive boot parameter changes: {Reason}")]
    private static partial void LogReconnectFailed(ILogger logger, string reason);
}
