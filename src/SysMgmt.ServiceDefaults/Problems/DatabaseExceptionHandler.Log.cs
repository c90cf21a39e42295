using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Problems;

internal sealed partial class DatabaseExceptionHandler
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A write broke the unique constraint {Constraint}, which the service did not check itself")]
    private static partial void LogUnanticipatedConflict(ILogger logger, string constraint);
}
