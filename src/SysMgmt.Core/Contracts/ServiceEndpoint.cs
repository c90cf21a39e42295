using System.Text.Json;

namespace SysMgmt.Core.Contracts;

/// <summary>A Redfish service (UpdateService, EventService, …) of a Redfish endpoint.</summary>
public sealed record ServiceEndpoint
{
    public string RedfishEndpointID { get; init; } = "";
    public string RedfishType { get; init; } = "";
    public string? RedfishSubtype { get; init; }
    public string UUID { get; init; } = "";
    public string OdataID { get; init; } = "";
    public string RedfishEndpointFQDN { get; init; } = "";
    public string RedfishURL { get; init; } = "";
    public JsonElement? ServiceInfo { get; init; }
}
