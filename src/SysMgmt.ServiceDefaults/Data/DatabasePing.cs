using Npgsql;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>One round trip to the service's database: the readiness check and status routes ask the same way.</summary>
public sealed class DatabasePing(NpgsqlDataSource dataSource)
{
    /// <summary>Null when the database answered; otherwise why it did not.</summary>
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
            return exception.Message;
        }
    }
}
