using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Sorts locations into the per-type arrays of a SystemHWInventory. In the NestNodesOnly format a node's parts
/// (processors, memory, drives, accelerators, HSN NICs) are listed inside the node, and a PDU's outlets inside
/// the PDU, when that container is part of the answer; otherwise they stay at the top level.
/// </summary>
internal static class HardwareArrangement
{
    public static IReadOnlyList<HardwareLocationArray> Arrange(IReadOnlyList<HardwareLocation> locations, bool nested)
    {
        var ids = locations.Select(l => l.ID).ToHashSet(StringComparer.Ordinal);
        var children = new Dictionary<string, List<HardwareLocation>>(StringComparer.Ordinal);
        var topLevel = new List<HardwareLocation>();
        foreach (var location in locations)
        {
            if (nested && Container(location) is { } container && ids.Contains(container))
            {
                (children.TryGetValue(container, out var list) ? list : children[container] = []).Add(location);
            }
            else
            {
                topLevel.Add(location);
            }
        }

        return Group(topLevel.Select(l => children.TryGetValue(l.ID, out var own) ? l with { Children = Group(own) } : l));
    }

    /// <summary>The ID of the node (or PDU) a location is nested under, if its kind is nested at all.</summary>
    private static string? Container(HardwareLocation location)
    {
        if (location.Kind.NestedUnder is not { } containerType)
        {
            return null;
        }

        for (var current = Xname.Parse(location.ID).Parent; current is { } c; current = c.Parent)
        {
            if (c.Type == containerType)
            {
                return c.Value;
            }
        }

        return null;
    }

    private static List<HardwareLocationArray> Group(IEnumerable<HardwareLocation> locations)
    {
        var byArray = locations.GroupBy(l => l.Kind.ArrayName).ToDictionary(g => g.Key, g => (IReadOnlyList<HardwareLocation>)[.. g]);
        return [.. HardwareKinds.ArrayOrder.Where(byArray.ContainsKey).Select(name => new HardwareLocationArray(name, byArray[name]))];
    }
}
