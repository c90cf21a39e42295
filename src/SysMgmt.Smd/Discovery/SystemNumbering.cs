using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Names the nodes behind a BMC (<c>&lt;bmc&gt;n&lt;k&gt;</c>) so that the same System is always the same node:
/// whatever the order of the Systems array, whether UUIDs are empty (as on multi-node Cray EX blades), and however
/// often the BMC is ingested again. The anchors number Systems by array position after merging equal UUIDs, which
/// renumbers and collapses nodes.
/// </summary>
internal static class SystemNumbering
{
    /// <param name="bmc">The endpoint's xname; must be a NodeBMC.</param>
    /// <param name="systems">The Systems found now; a path listed twice counts once.</param>
    /// <param name="knownNodes">Node xname by System path, from earlier ingestions of this endpoint.</param>
    public static IReadOnlyList<(DiscoveredSystem System, Xname Node)> Assign(
        Xname bmc, IReadOnlyList<DiscoveredSystem> systems, IReadOnlyDictionary<string, string> knownNodes)
    {
        var unique = systems.DistinctBy(s => s.OdataId).ToList();
        var assigned = new Dictionary<string, Xname>();

        // 1. A path seen before keeps its node.
        foreach (var system in unique.Where(s => knownNodes.ContainsKey(s.OdataId)))
        {
            assigned[system.OdataId] = Xname.Parse(knownNodes[system.OdataId]);
        }

        // 2. A System named after its node (ochami's static discovery uses …/Systems/<node xname>) is that node.
        foreach (var system in unique.Where(s => !assigned.ContainsKey(s.OdataId)))
        {
            if (Xname.TryParse(system.RedfishId, out var named, out _) && named.Type == XnameType.Node
                && named.Parent is { } parent && parent == bmc && !assigned.ContainsValue(named))
            {
                assigned[system.OdataId] = named;
            }
        }

        // 3. The rest, in natural order of their Redfish Ids (Node0, Node1 … or 1, 2 …), take the lowest free numbers.
        var used = assigned.Values.Select(node => node.Value).ToHashSet(StringComparer.Ordinal);
        var next = 0;
        foreach (var system in unique.Where(s => !assigned.ContainsKey(s.OdataId)).OrderBy(s => s.RedfishId, NaturalOrder.Instance))
        {
            while (used.Contains($"{bmc.Value}n{next}"))
            {
                next++;
            }

            var node = Xname.Parse($"{bmc.Value}n{next}");
            assigned[system.OdataId] = node;
            used.Add(node.Value);
        }

        return [.. unique.Select(s => (s, assigned[s.OdataId]))];
    }
}
