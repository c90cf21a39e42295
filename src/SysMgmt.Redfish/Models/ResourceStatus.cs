using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>The common <c>Status</c> object.</summary>
public sealed record ResourceStatus
{
    public string? State { get; init; }

    public string? Health { get; init; }

    public string? HealthRollup { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
