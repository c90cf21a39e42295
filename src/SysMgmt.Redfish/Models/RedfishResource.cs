using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>What every Redfish resource has. Nothing is required: sparse BMCs leave any of it out.</summary>
public abstract record RedfishResource
{
    [JsonPropertyName("@odata.id")]
    public string? ODataId { get; init; }

    [JsonPropertyName("@odata.type")]
    public string? ODataType { get; init; }

    /// <summary>The resource's ID; not unique across a BMC (e.g. <c>Self</c>, <c>1</c>), use <see cref="ODataId"/> for that.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Vendor extensions, as sent.</summary>
    public JsonElement? Oem { get; init; }

    /// <summary>Properties the record does not name, kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
