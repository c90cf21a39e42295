using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>Actions</c> of a Chassis.</summary>
public sealed record ChassisActions
{
    [JsonPropertyName("#Chassis.Reset")]
    public ActionTarget? Reset { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
