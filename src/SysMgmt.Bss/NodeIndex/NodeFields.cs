namespace SysMgmt.Bss.NodeIndex;

/// <summary>The scalar fields of a <see cref="NodeRecord"/>, as SMD's REST answers or its inventory stream give them.</summary>
internal sealed record NodeFields(
    string Xname,
    string? Type,
    string? State,
    string? Flag,
    bool? Enabled,
    string? Role,
    string? SubRole,
    long? Nid,
    string? NetType,
    string? Arch,
    string? Class,
    string? Fqdn,
    bool EndpointEnabled);
