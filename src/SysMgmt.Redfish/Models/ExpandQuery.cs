using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>What <c>$expand</c> forms the service supports (<c>ProtocolFeaturesSupported.ExpandQuery</c>).</summary>
public sealed record ExpandQuery
{
    public bool? ExpandAll { get; init; }

    public bool? Levels { get; init; }

    public bool? Links { get; init; }

    public bool? NoLinks { get; init; }

    public int? MaxLevels { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
