using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>Links</c> of a Chassis.</summary>
public sealed record ChassisLinks
{
    public IReadOnlyList<ODataLink>? ComputerSystems { get; init; }

    public IReadOnlyList<ODataLink>? ManagedBy { get; init; }

    public IReadOnlyList<ODataLink>? Contains { get; init; }

    public ODataLink? ContainedBy { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
