using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>An action a resource offers: its target URI and the values it accepts.</summary>
public sealed record ActionTarget
{
    [JsonPropertyName("target")]
    public string? Target { get; init; }

    /// <summary>A resource listing the parameters and their allowable values.</summary>
    [JsonPropertyName("@Redfish.ActionInfo")]
    public string? ActionInfo { get; init; }

    [JsonPropertyName("ResetType@Redfish.AllowableValues")]
    public IReadOnlyList<string>? ResetTypeAllowableValues { get; init; }

    [JsonPropertyName("TransferProtocol@Redfish.AllowableValues")]
    public IReadOnlyList<string>? TransferProtocolAllowableValues { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
