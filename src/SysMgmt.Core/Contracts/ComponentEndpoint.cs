using System.Text.Json;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// A component as reached through its Redfish endpoint, in the anchors' field order. Exactly one of the
/// <c>Redfish*Info</c> objects is set, according to <see cref="RedfishType"/>.
/// </summary>
public sealed record ComponentEndpoint
{
    public string ID { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Domain { get; init; }
    public string? FQDN { get; init; }
    public string RedfishType { get; init; } = "";
    public string RedfishSubtype { get; init; } = "";
    public string? MACAddr { get; init; }
    public string? UUID { get; init; }
    public string OdataID { get; init; } = "";
    public string RedfishEndpointID { get; init; } = "";
    public bool Enabled { get; init; }
    public string RedfishEndpointFQDN { get; init; } = "";

    /// <summary>The endpoint's FQDN followed by <see cref="OdataID"/>, without a scheme (as the anchors emit it).</summary>
    public string RedfishURL { get; init; } = "";

    public string ComponentEndpointType { get; init; } = "";
    public JsonElement? RedfishChassisInfo { get; init; }
    public JsonElement? RedfishSystemInfo { get; init; }
    public JsonElement? RedfishManagerInfo { get; init; }
    public JsonElement? RedfishPDUInfo { get; init; }
    public JsonElement? RedfishOutletInfo { get; init; }
}
