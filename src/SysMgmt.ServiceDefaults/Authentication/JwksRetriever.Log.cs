using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Authentication;

internal sealed partial class JwksRetriever
{
    [LoggerMessage(EventId = 1120, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {JwksUrl}")]
    private static partial void LogKeysFetched(ILogger logger, int keyCount, string jwksUrl);

    [LoggerMessage(EventId = 1121, Level = LogLevel.Warning, Message = "The JWKS at {JwksUrl} holds no usable signing keys; every token will be rejected")]
    private static partial void LogNoUsableKeys(ILogger logger, string jwksUrl);

    [LoggerMessage(EventId = 1122, Level = LogLevel.Warning, Message = "Could not fetch signing keys from {JwksUrl}: {Reason}; keeping the previous keys")]
    private static partial void LogFetchFailed(ILogger logger, string jwksUrl, string reason, Exception exception);
}
