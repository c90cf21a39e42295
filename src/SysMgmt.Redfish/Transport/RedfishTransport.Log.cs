using Microsoft.Extensions.Logging;

namespace SysMgmt.Redfish.Transport;

internal sealed partial class RedfishTransport
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying a request to {BmcAddress} (attempt {Attempt}): {Reason}")]
    private static partial void LogRetry(ILogger logger, Uri bmcAddress, int attempt, string reason);
}
