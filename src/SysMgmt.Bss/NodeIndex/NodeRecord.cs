using System.Globalization;
using SysMgmt.Bss.BootParameters;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// A node as BSS sees it: what boot scripts and <c>/boot/v1/hosts</c> need of its SMD component, plus its MACs, IP
/// addresses and FQDN. Immutable: a change makes a new record. Only these fields are kept, not SMD's whole answer,
/// and the few values many nodes share (state, role, architecture…) are one string each: with 100,000 nodes this is
/// most of BSS's memory.
/// </summary>
internal sealed class NodeRecord
{
    public NodeRecord(NodeFields fields, IReadOnlyList<string> macs, IReadOnlyList<string> ips)
    {
        Xname = fields.Xname;
        Type = Shared(fields.Type);
        State = Shared(fields.State);
        Flag = Shared(fields.Flag);
        SmdEnabled = fields.Enabled;
        Role = Shared(fields.Role);
        SubRole = Shared(fields.SubRole);
        Nid = fields.Nid;
        NetType = Shared(fields.NetType);
        Arch = Shared(fields.Arch);
        Class = Shared(fields.Class);
        Fqdn = fields.Fqdn is { Length: > 0 } fqdn ? fqdn : null;
        EndpointEnabled = fields.EndpointEnabled;
        Macs = macs;
        Ips = ips;
    }

    public string Xname { get; }

    public string? Type { get; }

    public string? State { get; }

    public string? Flag { get; }

    /// <summary>SMD's <c>Enabled</c> as SMD has it (null when the component does not say).</summary>
    public bool? SmdEnabled { get; }

    public string? Role { get; }

    public string? SubRole { get; }

    public long? Nid { get; }

    public string? NetType { get; }

    public string? Arch { get; }

    public string? Class { get; }

    /// <summary>SMD's <c>Enabled</c>; a disabled node gets no boot script.</summary>
    public bool Enabled => SmdEnabled != false;

    public string? Fqdn { get; }

    /// <summary>Every MAC of the node, normalised, in discovery order (the first is used when a script is asked for by name).</summary>
    public IReadOnlyList<string> Macs { get; }

    /// <summary>The node's IP addresses, canonical (cloud-init tells nodes apart by them).</summary>
    public IReadOnlyList<string> Ips { get; }

    /// <summary>ComponentEndpoints' <c>Enabled</c> (true without a record). Shown, not used: see docs/api/bss.md.</summary>
    public bool EndpointEnabled { get; }

    /// <summary>An empty slot keeps its record, but its MACs do not identify it (as in the anchors).</summary>
    public bool IdentifiedByMacs => !string.Equals(State, "Empty", StringComparison.OrdinalIgnoreCase);

    /// <summary>The NID as it goes on the kernel command line (<c>nid=</c>), or null. Made per request: two short strings
    /// kept for each of 100,000 nodes cost more memory than they save time.</summary>
    public string? NidText => Nid?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>nid&lt;N&gt;</c> boot parameters key, or null.</summary>
    public string? NidKey => Nid is { } nid ? HostKey.ForNid(nid).Name : null;

    /// <summary>True when <paramref name="other"/> says nothing new about the node (most changes of an interface or an endpoint).</summary>
    public bool SameAs(NodeRecord other) =>
        Xname == other.Xname && Type == other.Type && State == other.State && Flag == other.Flag && SmdEnabled == other.SmdEnabled
        && Role == other.Role && SubRole == other.SubRole && Nid == other.Nid && NetType == other.NetType && Arch == other.Arch
        && Class == other.Class && Fqdn == other.Fqdn && EndpointEnabled == other.EndpointEnabled
        && Macs.SequenceEqual(other.Macs, StringComparer.Ordinal) && Ips.SequenceEqual(other.Ips, StringComparer.Ordinal);

    /// <summary>This node without <paramref name="mac"/> (another node has it now).</summary>
    public NodeRecord WithoutMac(string mac) =>
        new(new NodeFields(Xname, Type, State, Flag, SmdEnabled, Role, SubRole, Nid, NetType, Arch, Class, Fqdn, EndpointEnabled),
            [.. Macs.Where(m => m != mac)], Ips);

    /// <summary>Values with few distinct spellings across nodes ("Ready", "Compute", "X86") are kept once.</summary>
    private static string? Shared(string? value) => value is null ? null : string.IsInterned(value) ?? string.Intern(value);
}
