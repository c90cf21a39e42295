using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Discovery;

// The type-specific objects of a ComponentEndpoint, in the anchors' shapes (rfcomponents.go), stored as jsonb.

internal sealed record SystemInfo(
    string? Name,
    IReadOnlyDictionary<string, ResetAction>? Actions,
    IReadOnlyList<NicInfo>? EthernetNICInfo,
    string? PowerURL,
    IReadOnlyList<PowerControlInfo>? PowerControl);

internal sealed record ManagerInfo(
    string? Name,
    IReadOnlyDictionary<string, ResetAction>? Actions,
    IReadOnlyList<NicInfo>? EthernetNICInfo,
    CommandShellInfo? CommandShell);

internal sealed record ChassisInfo(string? Name, IReadOnlyDictionary<string, ResetAction>? Actions);

internal sealed record OutletInfo(string? Name, IReadOnlyDictionary<string, OutletAction> Actions);

internal sealed record ResetAction(
    [property: JsonPropertyName("ResetType@Redfish.AllowableValues"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] IReadOnlyList<string>? AllowableValues,
    [property: JsonPropertyName("@Redfish.ActionInfo")] string ActionInfo,
    [property: JsonPropertyName("target")] string Target);

internal sealed record OutletAction(
    [property: JsonPropertyName("PowerState@Redfish.AllowableValues")] IReadOnlyList<string> AllowableValues,
    [property: JsonPropertyName("target")] string Target);

internal sealed record NicInfo(
    string RedfishId,
    [property: JsonPropertyName("@odata.id")] string OdataId,
    string? Description,
    string? Hostname,
    bool? InterfaceEnabled,
    string MACAddress,
    string? PermanentMACAddress);

internal sealed record PowerControlInfo(
    [property: JsonPropertyName("@odata.id")] string OdataId,
    string MemberId,
    string Name,
    IReadOnlyList<OdataLink> RelatedItem);

internal sealed record OdataLink([property: JsonPropertyName("@odata.id")] string OdataId);

internal sealed record CommandShellInfo(bool ServiceEnabled, int MaxConcurrentSessions, IReadOnlyList<string> ConnectTypesSupported);
