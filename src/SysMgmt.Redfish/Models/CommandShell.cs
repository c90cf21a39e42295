using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>CommandShell</c> or <c>GraphicalConsole</c> of a Manager.</summary>
public sealed record CommandShell
{
    public bool? ServiceEnabled { get; init; }

    public int? MaxConcurrentSessions { get; init; }

    public IReadOnlyList<string>? ConnectTypesSupported { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
