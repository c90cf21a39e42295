using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Degraded, never unhealthy, when SMD cannot be read: BSS keeps serving from its last index, and a load balancer
/// must not take it out of service for that.
/// </summary>
internal sealed class NodeIndexHealthCheck(NodeDirectory directory) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = directory.Status;
        return Task.FromResult(status switch
        {
            { LastAttempt: null } => HealthCheckResult.Degraded("the node index has not been read from SMD yet"),
            { LastError: { } error, LastSuccess: null } => HealthCheckResult.Degraded($"SMD has not been readable since BSS started ({error}); only Unknown-<arch> and MAC-keyed boot parameters can be served"),
            { LastError: { } error } => HealthCheckResult.Degraded($"SMD unreachable ({error}); serving the node index read at {status.LastSuccess:O} ({status.NodeCount} nodes)"),
            { Warning: { } warning } => HealthCheckResult.Degraded(warning),
            _ => HealthCheckResult.Healthy($"{status.NodeCount} nodes read from SMD at {status.LastSuccess:O}"),
        });
    }
}
