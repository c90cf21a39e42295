using System.Collections.Concurrent;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// SMD's nodes with O(1) lookups by xname, MAC, NID, IP address and FQDN. A full read of SMD (or a stream snapshot)
/// builds a new table aside and swaps it in whole; a change from the stream updates the current table in place, one
/// node at a time. Readers never take a lock and always see whole <see cref="NodeRecord"/>s: a changed node's new
/// record is put under its keys before the old record's leftover keys are removed, so a lookup never misses a node
/// that exists before and after the change. Writers are serialised by <see cref="NodeDirectory"/>.
/// </summary>
internal sealed class NodeTable
{
    private readonly ConcurrentDictionary<string, NodeRecord> _byXname;
    private readonly ConcurrentDictionary<string, NodeRecord> _byMac;
    private readonly ConcurrentDictionary<long, NodeRecord> _byNid;
    private readonly ConcurrentDictionary<string, NodeRecord> _byIp;
    private readonly ConcurrentDictionary<string, NodeRecord> _byFqdn = new(StringComparer.OrdinalIgnoreCase);
    private int _count;

    public NodeTable(int capacity = 0)
    {
        var level = Environment.ProcessorCount;
        _byXname = new(level, capacity, StringComparer.Ordinal);
        _byMac = new(level, capacity, StringComparer.Ordinal);
        _byNid = new(level, capacity);
        _byIp = new(level, capacity, StringComparer.Ordinal);
    }

    public static NodeTable Empty { get; } = new();

    public int Count => Volatile.Read(ref _count);

    public int MacCount => _byMac.Count;

    /// <summary>Every node, by xname (sorted on each call: for listings, not for boots).</summary>
    public IReadOnlyList<NodeRecord> Nodes => [.. _byXname.Values.OrderBy(n => n.Xname, StringComparer.Ordinal)];

    public NodeRecord? FindByXname(string xname) => _byXname.GetValueOrDefault(xname);

    /// <summary>By a normalised MAC (lower case, colons).</summary>
    public NodeRecord? FindByMac(string mac) => _byMac.GetValueOrDefault(mac);

    public NodeRecord? FindByNid(long nid) => _byNid.GetValueOrDefault(nid);

    /// <summary>By a canonical IP address (as <see cref="System.Net.IPAddress.ToString"/> writes it).</summary>
    public NodeRecord? FindByIp(string ip) => _byIp.GetValueOrDefault(ip);

    /// <summary>By xname or by FQDN, as the anchors' <c>name=</c> lookups do.</summary>
    public NodeRecord? FindByName(string name) => _byXname.GetValueOrDefault(name) ?? _byFqdn.GetValueOrDefault(name);

    /// <summary>
    /// While building a table: adds a node unless its xname is there already; a MAC, NID, IP or FQDN two nodes share
    /// stays with the first (nodes come in xname order, as the anchors scan them).
    /// </summary>
    public void Add(NodeRecord node)
    {
        if (!_byXname.TryAdd(node.Xname, node))
        {
            return;
        }

        _count++;
        foreach (var (key, index) in Keys(node))
        {
            Put(index, key, node, replace: false);
        }
    }

    /// <summary>
    /// A change: <paramref name="node"/> replaces the node with its xname, or is new. SMD gives each MAC to one node,
    /// so a MAC it takes from another node leaves that node's record too; <paramref name="touched"/> collects such nodes.
    /// </summary>
    public void Upsert(NodeRecord node, ICollection<string>? touched = null)
    {
        if (_byXname.TryGetValue(node.Xname, out var current) && current.SameAs(node))
        {
            // Nothing BSS shows changed: keep the record readers have (and make no garbage for the collector).
            return;
        }

        if (node.IdentifiedByMacs)
        {
            foreach (var mac in node.Macs)
            {
                if (_byMac.TryGetValue(mac, out var holder) && holder.Xname != node.Xname)
                {
                    Replace(holder, holder.WithoutMac(mac));
                    touched?.Add(holder.Xname);
                }
            }
        }

        if (_byXname.TryGetValue(node.Xname, out var old))
        {
            Replace(old, node);
        }
        else
        {
            _byXname[node.Xname] = node;
            Interlocked.Increment(ref _count);
            foreach (var (key, index) in Keys(node))
            {
                Put(index, key, node, replace: true);
            }
        }
    }

    /// <summary>A change: the node with this xname no longer exists.</summary>
    public void Remove(string xname)
    {
        if (_byXname.TryRemove(xname, out var old))
        {
            Interlocked.Decrement(ref _count);
            RemoveKeys(old);
        }
    }

    /// <summary>A change: no node has this MAC any more; returns the xname of the node that had it, or null.</summary>
    public string? RemoveMac(string mac)
    {
        if (!_byMac.TryGetValue(mac, out var holder))
        {
            return null;
        }

        Replace(holder, holder.WithoutMac(mac));
        return holder.Xname;
    }

    private void Replace(NodeRecord old, NodeRecord node)
    {
        _byXname[node.Xname] = node;
        foreach (var (key, index) in Keys(node))
        {
            Put(index, key, node, replace: true);
        }

        RemoveKeys(old);
    }

    /// <summary>Removes the keys that still lead to <paramref name="old"/> (not those a newer record took over).</summary>
    private void RemoveKeys(NodeRecord old)
    {
        foreach (var (key, index) in Keys(old))
        {
            switch (index)
            {
                case KeyIndex.Mac: _byMac.TryRemove(KeyValuePair.Create((string)key, old)); break;
                case KeyIndex.Nid: _byNid.TryRemove(KeyValuePair.Create((long)key, old)); break;
                case KeyIndex.Ip: _byIp.TryRemove(KeyValuePair.Create((string)key, old)); break;
                case KeyIndex.Fqdn: _byFqdn.TryRemove(KeyValuePair.Create((string)key, old)); break;
            }
        }
    }

    private void Put(KeyIndex index, object key, NodeRecord node, bool replace)
    {
        switch (index)
        {
            case KeyIndex.Mac: Put(_byMac, (string)key, node, replace); break;
            case KeyIndex.Nid: Put(_byNid, (long)key, node, replace); break;
            case KeyIndex.Ip: Put(_byIp, (string)key, node, replace); break;
            case KeyIndex.Fqdn: Put(_byFqdn, (string)key, node, replace); break;
        }
    }

    private static void Put<TKey>(ConcurrentDictionary<TKey, NodeRecord> map, TKey key, NodeRecord node, bool replace) where TKey : notnull
    {
        if (replace)
        {
            map[key] = node;
        }
        else
        {
            map.TryAdd(key, node);
        }
    }

    /// <summary>The secondary keys a node is found by.</summary>
    private static IEnumerable<(object Key, KeyIndex Index)> Keys(NodeRecord node)
    {
        if (node.IdentifiedByMacs)
        {
            foreach (var mac in node.Macs)
            {
                yield return (mac, KeyIndex.Mac);
            }
        }

        if (node.Nid is { } nid)
        {
            yield return (nid, KeyIndex.Nid);
        }

        if (node.Fqdn is { } fqdn)
        {
            yield return (fqdn, KeyIndex.Fqdn);
        }

        foreach (var ip in node.Ips)
        {
            yield return (ip, KeyIndex.Ip);
        }
    }

    private enum KeyIndex
    {
        Mac,
        Nid,
        Ip,
        Fqdn,
    }
}
