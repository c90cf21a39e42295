namespace SysMgmt.Smd.ServiceEndpoints;

/// <summary>A row of <c>smd.service_endpoints</c>: a Redfish service (UpdateService, EventService, …) of an endpoint.</summary>
public sealed class ServiceEndpointEntity
{
    public required string RedfishEndpointId { get; set; }
    public required string RedfishType { get; set; }
    public string RedfishSubtype { get; set; } = "";
    public string Uuid { get; set; } = "";
    public required string OdataId { get; set; }
    public string? ServiceInfo { get; set; }
}
