using SysMgmt.Redfish;
using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Json;

namespace SysMgmt.Discovery.Power;

/// <summary>
/// Power work on the nodes of one BMC, through one client: read each node's state, or reset it. A reset is checked
/// against the reset types the System itself accepts (SMD's copy may be stale); a node that refuses is that node's
/// error, not its BMC's.
/// </summary>
public static class PowerActions
{
    /// <summary>The state and accepted reset types of each node.</summary>
    public static Task<IReadOnlyList<NodeResult>> StatusAsync(RedfishClient client, IReadOnlyList<PowerTarget> nodes, CancellationToken cancellationToken) =>
        EachAsync(nodes, async target =>
        {
            var system = await client.GetAsync(target.SystemPath, RedfishJsonContext.Default.ComputerSystem, cancellationToken);
            return new NodeResult(target.Node, system.PowerState, await client.GetResetTypesAsync(system, cancellationToken), null);
        });

    /// <summary><c>ComputerSystem.Reset</c> with <paramref name="resetType"/> on each node; its state afterwards.</summary>
    public static Task<IReadOnlyList<NodeResult>> ResetAsync(
        RedfishClient client, IReadOnlyList<PowerTarget> nodes, string resetType, CancellationToken cancellationToken) =>
        EachAsync(nodes, async target =>
        {
            var system = await client.GetAsync(target.SystemPath, RedfishJsonContext.Default.ComputerSystem, cancellationToken);
            await client.ResetAsync(system, resetType, cancellationToken);
            var after = await client.GetAsync(target.SystemPath, RedfishJsonContext.Default.ComputerSystem, cancellationToken);
            return new NodeResult(target.Node, after.PowerState, null, null);
        });

    private static async Task<IReadOnlyList<NodeResult>> EachAsync(IReadOnlyList<PowerTarget> nodes, Func<PowerTarget, Task<NodeResult>> act)
    {
        var results = new List<NodeResult>(nodes.Count);
        foreach (var node in nodes)
        {
            try
            {
                results.Add(await act(node));
            }
            catch (RedfishException exception) when (exception.Kind is RedfishErrorKind.Rejected or RedfishErrorKind.Unsupported or RedfishErrorKind.NotFound)
            {
                results.Add(new NodeResult(node.Node, null, null, exception.Message));
            }
        }

        return results;
    }
}
