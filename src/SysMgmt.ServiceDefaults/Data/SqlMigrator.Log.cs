using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Data;

public sealed partial class SqlMigrator
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version} ({MigrationName}) to schema {Schema}")]
    private static partial void LogApplied(ILogger logger, string schema, int version, string migrationName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema} is at version {Version} ({Applied} migrations applied now)")]
    private static partial void LogMigrated(ILogger logger, string schema, int applied, int version);
}
