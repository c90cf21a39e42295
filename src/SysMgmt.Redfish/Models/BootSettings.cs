using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>Boot</c> of a ComputerSystem: the boot-source override.</summary>
public sealed record BootSettings
{
    public string? BootSourceOverrideEnabled { get; init; }

    public string? BootSourceOverrideTarget { get; init; }

    public string? BootSourceOverrideMode { get; init; }

    [JsonPropertyName("BootSourceOverrideTarget@Redfish.AllowableValues")]
    public IReadOnlyList<string>? BootSourceOverrideTargetAllowableValues { get; init; }

    public string? UefiTargetBootSourceOverride { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
