using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Discovery;

// The inventory magellan sends with SchemaVersion 1 (its pkg/crawler structs); unknown keys are ignored.

internal sealed record MagellanSystem
{
    [JsonPropertyName("uri")] public string? Uri { get; init; }
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("system_type")] public string? SystemType { get; init; }
    [JsonPropertyName("ethernet_interfaces")] public List<MagellanNic?>? EthernetInterfaces { get; init; }
    [JsonPropertyName("actions")] public List<string>? Actions { get; init; }
    [JsonPropertyName("power")] public MagellanPower? Power { get; init; }
    [JsonPropertyName("links")] public MagellanLinks? Links { get; init; }
}

internal sealed record MagellanManager
{
    [JsonPropertyName("uri")] public string? Uri { get; init; }
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("ethernet_interfaces")] public List<MagellanNic?>? EthernetInterfaces { get; init; }
    [JsonPropertyName("actions")] public List<string>? Actions { get; init; }
    [JsonPropertyName("command_shell")] public List<string>? CommandShell { get; init; }
}

internal sealed record MagellanNic
{
    [JsonPropertyName("uri")] public string? Uri { get; init; }
    [JsonPropertyName("mac")] public string? Mac { get; init; }
    [JsonPropertyName("ip")] public string? Ip { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("enabled")] public bool? Enabled { get; init; }
}

internal sealed record MagellanPower
{
    [JsonPropertyName("state")] public string? State { get; init; }

    /// <summary>Paths, either as strings or as <c>{"@odata.id":…}</c> links.</summary>
    [JsonPropertyName("power_control_ids")] public List<JsonElement>? PowerControlIds { get; init; }
}

internal sealed record MagellanLinks
{
    /// <summary>Paths, either as strings or as <c>{"@odata.id":…}</c> links.</summary>
    [JsonPropertyName("chassis")] public List<JsonElement>? Chassis { get; init; }
}

internal sealed record PduInventoryPayload
{
    public List<PduOutletPayload?>? Outlets { get; init; }
}

internal sealed record PduOutletPayload
{
    [JsonPropertyName("original_id")] public string? OriginalId { get; init; }
    [JsonPropertyName("id_suffix")] public string? IdSuffix { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
    [JsonPropertyName("socket_type")] public string? SocketType { get; init; }
}
