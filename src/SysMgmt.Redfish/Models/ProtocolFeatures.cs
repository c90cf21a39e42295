using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>ProtocolFeaturesSupported</c> of the ServiceRoot.</summary>
public sealed record ProtocolFeatures
{
    public ExpandQuery? ExpandQuery { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
