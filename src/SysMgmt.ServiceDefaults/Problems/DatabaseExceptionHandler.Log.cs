using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Problems;

internal sealed partial class DatabaseExceptionHandler
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason);
}
