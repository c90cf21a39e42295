using System.Text.Json;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>
/// A Redfish endpoint as clients send it (POST, PUT, and the elements of <c>{"RedfishEndpoints":[…]}</c>). A
/// discovery agent also sends the inventory it found: magellan's <c>SchemaVersion</c> 1 <c>Systems</c> and
/// <c>Managers</c>, the older form without a version, or a PDU's <c>PDUInventory</c>; sysmgmt's agent adds
/// <c>Chassis</c>, <c>Services</c> and <c>RedfishVersion</c>.
/// </summary>
internal sealed record RedfishEndpointInput
{
    public string? ID { get; init; }
    public string? Type { get; init; }
    public string? Name { get; init; }
    public string? Hostname { get; init; }
    public string? Domain { get; init; }
    public string? FQDN { get; init; }
    public bool? Enabled { get; init; }
    public string? UUID { get; init; }
    public string? User { get; init; }
    public string? Password { get; init; }
    public bool? UseSSDP { get; init; }
    public bool? MACRequired { get; init; }
    public string? MACAddr { get; init; }
    public string? IPAddress { get; init; }
    public bool? RediscoverOnUpdate { get; init; }
    public string? TemplateID { get; init; }

    public int? SchemaVersion { get; init; }
    public JsonElement? Systems { get; init; }
    public JsonElement? Managers { get; init; }
    public JsonElement? PDUInventory { get; init; }
    public JsonElement? Chassis { get; init; }
    public JsonElement? Services { get; init; }

    /// <summary>The ServiceRoot's <c>RedfishVersion</c>; recorded when the body carries inventory.</summary>
    public string? RedfishVersion { get; init; }

    /// <summary>True when the body carries inventory to ingest, not just how to reach the endpoint.</summary>
    public bool HasInventory =>
        IsPresent(Systems) || IsPresent(Managers) || IsPresent(PDUInventory) || IsPresent(Chassis) || IsPresent(Services);

    private static bool IsPresent(JsonElement? element) => element is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };
}
