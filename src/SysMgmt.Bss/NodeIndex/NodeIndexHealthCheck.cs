using Microsoft.Extensions.Diagnostics.HealthChecks;
using SysMgmt.Inventory.Grpc.Following;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Degraded, never unhealthy, when SMD cannot be read: BSS keeps serving from its last index, and a load balancer
/// must not take it out of service for that.
/// </summary>
internal sealed class NodeIndexHealthCheck(NodeDirectory directory, NodeIndexStreamWorker stream) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (stream.Status is { } following)
        {
            return Task.FromResult(StreamHealth(following));
        }

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

    /// <summary>Following SMD's stream: healthy while it is open and applied, degraded while BSS serves an older index.</summary>
    private HealthCheckResult StreamHealth(InventoryFollowerStatus following)
    {
        var nodes = directory.Current.Count;
        return following switch
        {
            { Connected: true } when directory.Following =>
                HealthCheckResult.Healthy($"following SMD's inventory stream at sequence {directory.Sequence}: {nodes} nodes " +
                    $"(snapshots taken: {following.Snapshots}, stream failures: {following.Reconnects})"),
            { LastError: { } error } when directory.Sequence == 0 =>
                HealthCheckResult.Degraded($"SMD's inventory stream has not been read since BSS started ({error}); serving {nodes} nodes read over REST, if any"),
            { LastError: { } error } =>
                HealthCheckResult.Degraded($"SMD's inventory stream broke at {following.LastErrorAt:O} ({error}); serving the index at sequence {directory.Sequence} ({nodes} nodes) while it reconnects"),
            _ => HealthCheckResult.Degraded("loading the node index from SMD's inventory stream"),
        };
    }
}
