using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Discovery;

/// <summary>
/// Names the nodes behind a BMC (<c>&lt;bmc&gt;n&lt;k&gt;</c>) so that the same System is always the same node:
/// whatever the order of the Systems, whether UUIDs are empty (as on multi-node Cray EX blades), and however often
/// the BMC is discovered again. The anchors number Systems by array position after merging equal UUIDs, which
/// renumbers and collapses nodes.
/// </summary>
/// <remarks>
/// The rules, in order:
/// <list type="number">
/// <item>A System path listed in <c>knownNodes</c> (from earlier ingestions of this endpoint) keeps its node.</item>
/// <item>A System whose Redfish Id is a node xname of this BMC (ochami's static discovery uses
/// <c>…/Systems/&lt;node xname&gt;</c>) is that node, unless it is taken.</item>
/// <item>The rest, in <see cref="NaturalOrder"/> of their Redfish Ids (<c>Node0</c>, <c>Node1</c>… or <c>1</c>,
/// <c>2</c>…), take the lowest free numbers.</item>
/// </list>
/// </remarks>
public static class NodeLocations
{
    /// <param name="bmc">The endpoint's xname; must be a NodeBMC.</param>
    /// <param name="systemPaths">The System paths found now, normalised with <see cref="RedfishPaths.Normalize"/>; a path listed twice counts once.</param>
    /// <param name="knownNodes">Node xname by System path, from earlier ingestions of this endpoint (empty for a first discovery).</param>
    /// <returns>The node of every given path.</returns>
    /// <exception cref="ArgumentException"><paramref name="bmc"/> is not a NodeBMC.</exception>
    public static IReadOnlyDictionary<string, Xname> Assign(Xname bmc, IEnumerable<string> systemPaths, IReadOnlyDictionary<string, string> knownNodes)
    {
        if (bmc.Type != XnameType.NodeBMC)
        {
            throw new ArgumentException($"{bmc.Value} is not a NodeBMC: only a NodeBMC has nodes", nameof(bmc));
        }

        var unique = systemPaths.Distinct(StringComparer.Ordinal).ToList();
        var assigned = new Dictionary<string, Xname>(StringComparer.Ordinal);

        foreach (var path in unique)
        {
            if (knownNodes.TryGetValue(path, out var known) && Xname.TryParse(known, out var node, out _))
            {
                assigned[path] = node;
            }
        }

        foreach (var path in unique.Where(p => !assigned.ContainsKey(p)))
        {
            if (Xname.TryParse(RedfishPaths.LastSegment(path), out var named, out _) && named.Type == XnameType.Node
                && named.Parent == bmc && !assigned.ContainsValue(named))
            {
                assigned[path] = named;
            }
        }

        var used = assigned.Values.Select(node => node.Value).ToHashSet(StringComparer.Ordinal);
        var next = 0;
        foreach (var path in unique.Where(p => !assigned.ContainsKey(p)).OrderBy(RedfishPaths.LastSegment, NaturalOrder.Instance))
        {
            while (used.Contains($"{bmc.Value}n{next}"))
            {
                next++;
            }

            var node = Xname.Parse($"{bmc.Value}n{next}");
            assigned[path] = node;
            used.Add(node.Value);
        }

        return assigned;
    }
}
