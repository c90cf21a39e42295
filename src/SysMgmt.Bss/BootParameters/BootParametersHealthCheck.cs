using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SysMgmt.Bss.BootParameters;

/// <summary>Ready once boot parameters are in memory; degraded while other replicas' changes cannot be heard.</summary>
internal sealed class BootParametersHealthCheck(BootParametersCache cache, BootParametersListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!cache.IsLoaded ? HealthCheckResult.Unhealthy("boot parameters are not loaded yet")
            : !listener.IsListening ? HealthCheckResult.Degraded($"{cache.EntryCount} boot parameter entries in memory; not hearing other replicas' changes (reconnecting)")
            : HealthCheckResult.Healthy($"{cache.EntryCount} boot parameter entries in memory"));
}
