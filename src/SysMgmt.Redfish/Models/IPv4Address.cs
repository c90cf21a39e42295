using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>An IPv4 address of an EthernetInterface.</summary>
public sealed record IPv4Address
{
    public string? Address { get; init; }

    public string? SubnetMask { get; init; }

    public string? AddressOrigin { get; init; }

    public string? Gateway { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
