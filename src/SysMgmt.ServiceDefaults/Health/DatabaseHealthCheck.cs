using Microsoft.Extensions.Diagnostics.HealthChecks;
using SysMgmt.ServiceDefaults.Data;

namespace SysMgmt.ServiceDefaults.Health;

/// <summary>Ready means the service can reach its PostgreSQL database; otherwise the registration's failure status.</summary>
internal sealed class DatabaseHealthCheck(DatabasePing ping) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await ping.FailureAsync(cancellationToken) is { } failure
            ? new HealthCheckResult(context.Registration.FailureStatus, "database unreachable: " + failure)
            : HealthCheckResult.Healthy("database reachable");
}
