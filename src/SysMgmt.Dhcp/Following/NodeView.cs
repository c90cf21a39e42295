using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Following;

/// <summary>
/// The nodes DHCP serves, by xname, as the inventory stream describes them: replaced whole by a snapshot, then
/// changed node by node. A MAC belongs to one node only (SMD keys interfaces by MAC), so a node that arrives with a
/// MAC takes it from whichever node held it before, and a deleted interface leaves every node.
/// </summary>
public sealed class NodeView
{
    private Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);

    public ulong Sequence { get; private set; }

    public IEnumerable<Node> Nodes => _nodes.Values;

    public int Count => _nodes.Count;

    public void Replace(ulong sequence, IEnumerable<Node> nodes)
    {
        _nodes = nodes.ToDictionary(n => n.Xname, StringComparer.Ordinal);
        Sequence = sequence;
    }

    /// <summary>Applies one change; true when the nodes changed (a change of a group or a BMC may not touch any).</summary>
    public bool Apply(Change change)
    {
        var changed = change.EffectCase switch
        {
            Change.EffectOneofCase.Node => Put(change.Node),
            Change.EffectOneofCase.RemovedNode => _nodes.Remove(change.RemovedNode),
            _ => false,
        };
        if (change.RemovedMac.Length > 0)
        {
            changed |= TakeMacs(new HashSet<string>(StringComparer.Ordinal) { change.RemovedMac }, exceptXname: null);
        }

        Sequence = change.Sequence;
        return changed;
    }

    private bool Put(Node node)
    {
        var changed = TakeMacs(node.Interfaces.Select(i => i.Mac).ToHashSet(StringComparer.Ordinal), node.Xname);
        if (_nodes.TryGetValue(node.Xname, out var old) && old.Equals(node))
        {
            return changed;
        }

        _nodes[node.Xname] = node;
        return true;
    }

    /// <summary>Removes these MACs from every node but one; true when a node lost one.</summary>
    private bool TakeMacs(IReadOnlySet<string> macs, string? exceptXname)
    {
        var changed = false;
        foreach (var (xname, node) in _nodes.Where(n => n.Key != exceptXname && n.Value.Interfaces.Any(i => macs.Contains(i.Mac))).ToList())
        {
            var kept = node.Clone();
            kept.Interfaces.Clear();
            kept.Interfaces.AddRange(node.Interfaces.Where(i => !macs.Contains(i.Mac)));
            _nodes[xname] = kept;
            changed = true;
        }

        return changed;
    }
}
