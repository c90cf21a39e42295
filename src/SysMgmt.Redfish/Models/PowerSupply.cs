using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>One <c>PowerSupplies</c> entry of a Power resource.</summary>
public sealed record PowerSupply
{
    [JsonPropertyName("@odata.id")]
    public string? ODataId { get; init; }

    public string? MemberId { get; init; }

    public string? Name { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public string? PartNumber { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? PowerSupplyType { get; init; }

    public double? PowerCapacityWatts { get; init; }

    public ResourceStatus? Status { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
