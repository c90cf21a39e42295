using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>A validated, normalised Redfish endpoint. <see cref="Password"/> is null when the body gave none.</summary>
internal sealed record ValidRedfishEndpoint(
    Xname Id,
    string Name,
    string Hostname,
    string Domain,
    string Fqdn,
    bool Enabled,
    string Uuid,
    string User,
    string? Password,
    bool UseSsdp,
    bool MacRequired,
    string MacAddr,
    string IpAddress,
    bool RediscoverOnUpdate,
    string TemplateId);
