using Microsoft.Extensions.Logging;

namespace SysMgmt.Redfish.Authentication;

internal sealed partial class RedfishAuthenticator
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Authenticated to {BmcAddress} with {Mode} as {Username}")]
    private static partial void LogAuthenticated(ILogger logger, Uri bmcAddress, RedfishAuthMode mode, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the session on {BmcAddress}: {Reason}")]
    private static partial void LogLogoutFailed(ILogger logger, Uri bmcAddress, string reason);
}
