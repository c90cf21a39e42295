using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Following;

/// <summary>
/// The nodes DHCP serves, by xname, as the inventory stream describes them: replaced whole by a snapshot, then
/// changed node by node. A MAC belongs to one node only (SMD keys interfaces by MAC), so a node that arrives with a
/// MAC takes it from whichever node held it before, and a deleted interface leaves every node. An index of MAC owners
/// keeps each change proportional to the node's interfaces, not to the site.
/// </summary>
public sealed class NodeView
{
    private Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public ulong Sequence { get; private set; }

    public IEnumerable<Node> Nodes => _nodes.Values;

    public int Count => _nodes.Count;

    public void Replace(ulong sequence, IEnumerable<Node> nodes)
    {
        _nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        _owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            Put(node);
        }

        Sequence = sequence;
    }

    /// <summary>Applies one change; true when the nodes changed (a change of a group or a BMC may not touch any).</summary>
    public bool Apply(Change change)
    {
        var changed = change.EffectCase switch
        {
            Change.EffectOneofCase.Node => Put(change.Node),
            Change.EffectOneofCase.RemovedNode => Remove(change.RemovedNode),
            _ => false,
        };
        if (change.RemovedMac.Length > 0 && _owners.TryGetValue(change.RemovedMac, out var owner))
        {
            changed |= TakeMac(owner, change.RemovedMac);
        }

        Sequence = change.Sequence;
        return changed;
    }

    private bool Put(Node node)
    {
        var changed = false;
        foreach (var nic in node.Interfaces)
        {
            if (_owners.TryGetValue(nic.Mac, out var owner) && owner != node.Xname)
            {
                changed |= TakeMac(owner, nic.Mac);
            }
        }

        if (_nodes.TryGetValue(node.Xname, out var old))
        {
            if (old.Equals(node))
            {
                return changed;
            }

            Forget(old);
        }

        _nodes[node.Xname] = node;
        foreach (var nic in node.Interfaces)
        {
            _owners[nic.Mac] = node.Xname;
        }

        return true;
    }

    private bool Remove(string xname)
    {
        if (!_nodes.Remove(xname, out var old))
        {
            return false;
        }

        Forget(old);
        return true;
    }

    /// <summary>Takes one MAC away from a node that holds it.</summary>
    private bool TakeMac(string xname, string mac)
    {
        var node = _nodes[xname];
        var kept = node.Clone();
        kept.Interfaces.Clear();
        kept.Interfaces.AddRange(node.Interfaces.Where(i => i.Mac != mac));
        _nodes[xname] = kept;
        _owners.Remove(mac);
        return true;
    }

    /// <summary>Drops a node's MACs from the index, those it still owns.</summary>
    private void Forget(Node node)
    {
        foreach (var nic in node.Interfaces)
        {
            if (_owners.TryGetValue(nic.Mac, out var owner) && owner == node.Xname)
            {
                _owners.Remove(nic.Mac);
            }
        }
    }
}
