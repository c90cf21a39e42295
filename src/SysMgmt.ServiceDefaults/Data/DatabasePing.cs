using Microsoft.Extensions.Logging;
using Npgsql;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>One round trip to the service's database: the readiness check and status routes ask the same way.</summary>
public sealed partial class DatabasePing(NpgsqlDataSource dataSource, ILogger<DatabasePing> logger)
{
    /// <summary>
    /// Null when the database answered; otherwise why it did not, in words safe to show anyone (readiness is public):
    /// Npgsql's own message, which may name the server, the user or the database, goes to the log only.
    /// </summary>
    public async Task<string?> FailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            LogPingFailed(logger, exception.Message);
            return exception switch
            {
                TimeoutException or NpgsqlException { InnerException: TimeoutException } => "no answer in time",
                PostgresException => "the server refused the query",
                _ => "no connection",
            };
        }
    }
}
