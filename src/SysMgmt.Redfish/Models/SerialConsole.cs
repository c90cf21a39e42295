using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary><c>SerialConsole</c> of a ComputerSystem or Manager (absent on many BMCs).</summary>
public sealed record SerialConsole
{
    public ConsoleProtocol? IPMI { get; init; }

    public ConsoleProtocol? SSH { get; init; }

    public ConsoleProtocol? Telnet { get; init; }

    public int? MaxConcurrentSessions { get; init; }

    public IReadOnlyList<string>? ConnectTypesSupported { get; init; }

    public bool? ServiceEnabled { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
