using SysMgmt.Core.Contracts;

namespace SysMgmt.Smd.NodeMaps;

/// <summary>The 409 details of NID clashes: which NID, which xname asked for it, which xname has it.</summary>
internal static class NodeMapConflicts
{
    private const string Prefix = "operation would conflict with an existing xname ID that has the same NID: ";
    private const int Listed = 5;

    /// <summary>Two entries of one request that ask for the same NID, or null when there are none.</summary>
    public static string? WithinRequest(IReadOnlyList<NodeMap> maps)
    {
        var clashes = maps.GroupBy(m => m.NID).Where(g => g.Count() > 1)
            .Select(g => $"NID {g.Key} is asked for by {string.Join(" and ", g.Select(m => m.ID))}")
            .ToList();
        return clashes.Count == 0 ? null : Prefix + Summarize(clashes);
    }

    /// <summary>The entries whose NID a stored map of another xname holds.</summary>
    public static string WithStored(IReadOnlyList<NodeMap> maps, IReadOnlyList<NodeMapEntity> holders)
    {
        var clashes = holders
            .SelectMany(h => maps.Where(m => m.NID == h.Nid).Select(m => $"{m.ID} cannot have NID {h.Nid}: {h.Id} has it"))
            .ToList();
        // Empty when the holder was changed or deleted after the clash; the request can simply be retried.
        return clashes.Count == 0 ? Prefix + "another xname held one of the requested NIDs; retry" : Prefix + Summarize(clashes);
    }

    private static string Summarize(List<string> clashes) =>
        string.Join("; ", clashes.Take(Listed)) + (clashes.Count > Listed ? $"; and {clashes.Count - Listed} more" : "");
}
