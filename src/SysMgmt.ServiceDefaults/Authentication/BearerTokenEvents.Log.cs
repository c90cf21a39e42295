using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Authentication;

internal sealed partial class BearerTokenEvents
{
    // Only our own reason and the exception type: the token, its claims and the key never reach the log.
    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Rejected bearer token on {Method} {Path}: {Reason} ({FailureType})")]
    private static partial void LogTokenRejected(ILogger logger, string method, PathString path, string reason, string failureType);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Debug, Message = "Challenged {Method} {Path}: no bearer token")]
    private static partial void LogTokenMissing(ILogger logger, string method, PathString path);
}
