namespace SysMgmt.Smd.ComponentEndpoints;

/// <summary>A row of <c>smd.component_endpoints</c>: a component as reached through a Redfish endpoint.</summary>
public sealed class ComponentEndpointEntity
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public string Domain { get; set; } = "";
    public required string RedfishType { get; set; }
    public string RedfishSubtype { get; set; } = "";
    public string MacAddr { get; set; } = "";
    public string Uuid { get; set; } = "";
    public required string OdataId { get; set; }
    public required string RedfishEndpointId { get; set; }
    public required string ComponentEndpointType { get; set; }

    /// <summary>The type-specific info object (system, manager, chassis, PDU or outlet), as JSON.</summary>
    public string? ComponentInfo { get; set; }
}
