using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Which locations <c>GET /Inventory/Hardware/Query/{xname}</c> answers with, by the anchors' rules
/// (hms-smd <c>getHWInvByLocQuery</c>), given the candidates: the target and everything under it, plus its
/// ancestors. For <c>s0</c>/<c>all</c> and partitions every candidate is "under" the target.
/// <list type="bullet">
/// <item>children (the default): the target and everything under it; with <c>type=</c>, the locations of those
/// types under the target and everything under them (<c>type=Node</c> brings the nodes' processors and memory);</item>
/// <item><c>children=false</c>: the target itself, or with <c>type=</c> the locations of those types under it;</item>
/// <item><c>parents=true</c>: the target and its ancestors (narrowed by <c>type=</c>); with children too, the
/// target, its ancestors and everything under it (<c>type=</c> is then ignored).</item>
/// </list>
/// </summary>
internal static class HardwareSelection
{
    public static IReadOnlySet<string> Select(IEnumerable<(string Id, string Type)> candidates, Xname target, HardwareQuery query)
    {
        var everything = target.Type is XnameType.System or XnameType.Partition;
        var types = query.Types.ToHashSet(StringComparer.Ordinal);
        var rows = candidates.Select(c => (Id: Xname.Parse(c.Id), c.Type)).ToList();
        bool Under(Xname id) => everything || target.IsSelfOrAncestorOf(id);
        bool OfType(string type) => types.Count == 0 || types.Contains(type);
        bool SelfOrAncestor(Xname id) => everything || id.IsSelfOrAncestorOf(target);

        IEnumerable<Xname> selected = (query.Parents, query.Children, types.Count > 0) switch
        {
            (true, true, _) => rows.Where(r => Under(r.Id) || SelfOrAncestor(r.Id)).Select(r => r.Id),
            (true, false, _) => rows.Where(r => SelfOrAncestor(r.Id) && OfType(r.Type)).Select(r => r.Id),
            (false, true, true) => BelowRoots(rows, [.. rows.Where(r => Under(r.Id) && OfType(r.Type)).Select(r => r.Id.Value)]),
            (false, true, false) => rows.Where(r => Under(r.Id)).Select(r => r.Id),
            (false, false, true) => rows.Where(r => Under(r.Id) && OfType(r.Type)).Select(r => r.Id),
            (false, false, false) => rows.Where(r => everything || r.Id == target).Select(r => r.Id),
        };
        return selected.Select(id => id.Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The roots and every candidate that has one of them as an ancestor.</summary>
    private static IEnumerable<Xname> BelowRoots(List<(Xname Id, string Type)> rows, HashSet<string> roots)
    {
        foreach (var (id, _) in rows)
        {
            for (Xname? current = id; current is { } c; current = c.Parent)
            {
                if (roots.Contains(c.Value))
                {
                    yield return id;
                    break;
                }
            }
        }
    }
}
