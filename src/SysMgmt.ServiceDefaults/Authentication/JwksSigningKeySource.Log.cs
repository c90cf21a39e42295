using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Authentication;

internal sealed partial class JwksSigningKeySource
{
    [LoggerMessage(EventId = 1120, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {JwksUrl}")]
    private static partial void LogKeysFetched(ILogger logger, int keyCount, string jwksUrl);

    [LoggerMessage(EventId = 1121, Level = LogLevel.Warning, Message = "The JWKS at {JwksUrl} holds no usable signing keys; every token will be rejected")]
    private static partial void LogNoUsableKeys(ILogger logger, string jwksUrl);

    [LoggerMessage(EventId = 1122, Level = LogLevel.Warning, Message = "Could not fetch signing keys from {JwksUrl}: {Reason}; keeping the previous keys")]
    private static partial void LogFetchFailed(ILogger logger, string jwksUrl, string reason, Exception exception);

    [LoggerMessage(EventId = 1123, Level = LogLevel.Information, Message = "A token names unknown key {KeyId}; fetching the JWKS again")]
    private static partial void LogUnknownKeyId(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1124, Level = LogLevel.Debug, Message = "Not fetching the JWKS for key {KeyId}: the last fetch was too recent")]
    private static partial void LogFetchRateLimited(ILogger logger, string keyId);
}
