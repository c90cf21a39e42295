using System.Globalization;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// A node as BSS sees it: its SMD component plus the MACs and FQDN gathered from ComponentEndpoints and
/// EthernetInterfaces. Strings a boot script needs are computed once here, not per request.
/// </summary>
internal sealed class NodeRecord
{
    public NodeRecord(Component component, string? fqdn, IReadOnlyList<string> macs, bool endpointEnabled)
    {
        Component = component;
        Fqdn = fqdn;
        Macs = macs;
        EndpointEnabled = endpointEnabled;
        NidText = component.NID?.ToString(CultureInfo.InvariantCulture);
        NidKey = component.NID is { } nid ? HostKey.ForNid(nid).Name : null;
    }

    public Component Component { get; }

    public string Xname => Component.ID;

    public long? Nid => Component.NID;

    public string? Role => Component.Role;

    public string? SubRole => Component.SubRole;

    /// <summary>SMD's <c>Enabled</c>; a disabled node gets no boot script.</summary>
    public bool Enabled => Component.Enabled != false;

    public string? Fqdn { get; }

    /// <summary>Every MAC of the node, normalised, in discovery order (the first is used when a script is asked for by name).</summary>
    public IReadOnlyList<string> Macs { get; }

    /// <summary>ComponentEndpoints' <c>Enabled</c> (true without a record). Shown, not used: see docs/api/bss.md.</summary>
    public bool EndpointEnabled { get; }

    /// <summary>The NID as it goes on the kernel command line (<c>nid=</c>), or null.</summary>
    public string? NidText { get; }

    /// <summary>The <c>nid&lt;N&gt;</c> boot parameters key, or null.</summary>
    public string? NidKey { get; }
}
