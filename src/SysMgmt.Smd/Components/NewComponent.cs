using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Components;

/// <summary>A validated, normalised component from a POST or PUT body, ready to store.</summary>
internal sealed record NewComponent(
    Xname Id,
    string State,
    string Flag,
    bool Enabled,
    string? SoftwareStatus,
    string? Role,
    string? SubRole,
    long? Nid,
    string? Subtype,
    string? NetType,
    string? Arch,
    string? Class)
{
    /// <summary>Nodes get a Role and NID when the body has none: from the NodeMaps, else Compute and a NID from the xname.</summary>
    public bool GetsNodeDefaults => Id.Type is XnameType.Node or XnameType.VirtualNode;
}
