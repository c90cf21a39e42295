using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>One console protocol of <c>SerialConsole</c> (IPMI, SSH, Telnet).</summary>
public sealed record ConsoleProtocol
{
    public bool? ServiceEnabled { get; init; }

    public int? Port { get; init; }

    public string? SharedWithManagerCLI { get; init; }

    public string? ConsoleEntryCommand { get; init; }

    public string? HotKeySequenceDisplay { get; init; }

    /// <summary>Properties this type does not name (OEM data and newer schema), kept for raw capture.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
