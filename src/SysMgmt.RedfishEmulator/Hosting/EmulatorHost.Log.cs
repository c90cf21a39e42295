using Microsoft.Extensions.Logging;

namespace SysMgmt.RedfishEmulator.Hosting;

public sealed partial class EmulatorHost
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Count} BMCs from {MockupCount} mockups, {First} … {Last}, started in {ElapsedMs} ms")]
    private static partial void LogStarted(ILogger logger, int count, int mockupCount, Uri first, Uri last, long elapsedMs);
}
