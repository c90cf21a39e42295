using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>MemorySummary</c> of a ComputerSystem.</summary>
public sealed record MemorySummary
{
    public double? TotalSystemMemoryGiB { get; init; }

    public ResourceStatus? Status { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
