using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Discovery;

// What sysmgmt's discovery agent sends beyond magellan's SchemaVersion 1 body, in the same snake_case style:
// top-level "Chassis" and "Services" arrays (and "RedfishVersion", read with the endpoint). Unknown keys are ignored.

internal sealed record ChassisPayload
{
    [JsonPropertyName("uri")] public string? Uri { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("chassis_type")] public string? ChassisType { get; init; }
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }
    [JsonPropertyName("power_state")] public string? PowerState { get; init; }

    /// <summary>The <c>Chassis.Reset</c> types the chassis allows; null when it has no such action.</summary>
    [JsonPropertyName("actions")] public List<string>? Actions { get; init; }

    /// <summary>The path (or URL) of the chassis that contains this one; null for a top-level chassis.</summary>
    [JsonPropertyName("contained_by")] public string? ContainedBy { get; init; }

    /// <summary>Paths of the Systems in the chassis, either as strings or as <c>{"@odata.id":…}</c> links.</summary>
    [JsonPropertyName("systems")] public List<JsonElement>? Systems { get; init; }
}

internal sealed record ServicePayload
{
    /// <summary>The Redfish type, e.g. <c>UpdateService</c>.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("uri")] public string? Uri { get; init; }
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }

    /// <summary>The service's Redfish resource as the BMC answered it; stored as the endpoint's <c>ServiceInfo</c>.</summary>
    [JsonPropertyName("info")] public JsonElement? Info { get; init; }
}
