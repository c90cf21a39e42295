namespace SysMgmt.Bss.BootParameters;

internal sealed partial class BootParametersService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Boot parameters {Method}: {Keys}")]
    private static partial void LogWritten(ILogger logger, string method, string keys);
}
