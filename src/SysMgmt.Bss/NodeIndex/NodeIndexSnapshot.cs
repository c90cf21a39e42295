namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// One immutable copy of SMD's nodes with O(1) lookups by xname, MAC, NID, IP address and FQDN. A refresh builds
/// a new snapshot and swaps it in whole; readers never see a half-built one and never take a lock.
/// </summary>
internal sealed class NodeIndexSnapshot
{
    public static readonly NodeIndexSnapshot Empty = new([], new(), new(), new(), new(), new(), null);

    private readonly Dictionary<string, NodeRecord> _byXname;
    private readonly Dictionary<string, NodeRecord> _byMac;
    private readonly Dictionary<long, NodeRecord> _byNid;
    private readonly Dictionary<string, NodeRecord> _byIp;
    private readonly Dictionary<string, NodeRecord> _byFqdn;

    public NodeIndexSnapshot(
        IReadOnlyList<NodeRecord> nodes,
        Dictionary<string, NodeRecord> byXname,
        Dictionary<string, NodeRecord> byMac,
        Dictionary<long, NodeRecord> byNid,
        Dictionary<string, NodeRecord> byIp,
        Dictionary<string, NodeRecord> byFqdn,
        DateTimeOffset? builtAt)
    {
        Nodes = nodes;
        _byXname = byXname;
        _byMac = byMac;
        _byNid = byNid;
        _byIp = byIp;
        _byFqdn = byFqdn;
        BuiltAt = builtAt;
    }

    /// <summary>Every node, by xname.</summary>
    public IReadOnlyList<NodeRecord> Nodes { get; }

    /// <summary>When SMD was read for this snapshot; null for the empty one BSS starts with.</summary>
    public DateTimeOffset? BuiltAt { get; }

    public int MacCount => _byMac.Count;

    public NodeRecord? FindByXname(string xname) => _byXname.GetValueOrDefault(xname);

    /// <summary>By a normalised MAC (lower case, colons).</summary>
    public NodeRecord? FindByMac(string mac) => _byMac.GetValueOrDefault(mac);

    public NodeRecord? FindByNid(long nid) => _byNid.GetValueOrDefault(nid);

    /// <summary>By a canonical IP address (as <see cref="System.Net.IPAddress.ToString"/> writes it).</summary>
    public NodeRecord? FindByIp(string ip) => _byIp.GetValueOrDefault(ip);

    /// <summary>By xname or by FQDN, as the anchors' <c>name=</c> lookups do.</summary>
    public NodeRecord? FindByName(string name) => _byXname.GetValueOrDefault(name) ?? _byFqdn.GetValueOrDefault(name);
}
