using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Authentication;

internal sealed partial class ScopeProblemResultHandler
{
    [LoggerMessage(EventId = 1112, Level = LogLevel.Information, Message = "Refused {Method} {Path} for subject {Subject}: the token lacks scope {Scope}")]
    private static partial void LogScopeMissing(ILogger logger, string method, PathString path, string subject, string scope);
}
