using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>Links</c> of a ComputerSystem.</summary>
public sealed record ComputerSystemLinks
{
    public IReadOnlyList<ODataLink>? Chassis { get; init; }

    public IReadOnlyList<ODataLink>? ManagedBy { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
