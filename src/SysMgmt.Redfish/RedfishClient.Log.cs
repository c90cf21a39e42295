using Microsoft.Extensions.Logging;

namespace SysMgmt.Redfish;

public sealed partial class RedfishClient
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Resource} is linked but does not exist (404); skipped")]
    private static partial void LogDanglingLink(ILogger logger, Uri resource);
}
