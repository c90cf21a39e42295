using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace SysMgmt.ServiceDefaults.Health;

/// <summary>Ready means the service can reach its PostgreSQL database; otherwise the registration's failure status.</summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("database reachable");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "database unreachable: " + exception.Message);
        }
    }
}
