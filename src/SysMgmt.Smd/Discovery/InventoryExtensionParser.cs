using System.Text.Json;
using SysMgmt.Core.Discovery;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Reads what sysmgmt's agent sends beyond magellan's body (<see cref="ChassisPayload"/>, <see cref="ServicePayload"/>): an absent or
/// null <c>Chassis</c> or <c>Services</c> stays null (the recorded ones are left alone), an array (even empty) is the
/// endpoint's whole set. Chassis without a <c>uri</c> and <c>null</c> entries are skipped, as for Systems; a
/// service must name a Redfish service type and its path.
/// </summary>
internal static class InventoryExtensionParser
{
    private const string ServiceSuffix = "Service";
    private const int MaxServiceTypeLength = 64;

    /// <remarks>Throws <see cref="JsonException"/> naming the field when an entry has a field of the wrong type.</remarks>
    public static Outcome<DiscoveredInventory> Extend(DiscoveredInventory inventory, RedfishEndpointInput input, JsonSerializerOptions options)
    {
        var services = Services(input.Services, options);
        if (services.Problem is { } invalid)
        {
            return invalid;
        }

        return inventory with
        {
            RedfishVersion = input.RedfishVersion?.Trim() ?? inventory.RedfishVersion,
            Chassis = input.Chassis is { ValueKind: JsonValueKind.Array }
                ? Chassis(DiscoveryPayloadParser.ReadList<ChassisPayload?>(input.Chassis, "Chassis", options))
                : null,
            Services = services.Value,
        };
    }

    private static List<DiscoveredChassis> Chassis(List<ChassisPayload?> chassis) =>
    [
        .. chassis.OfType<ChassisPayload>()
            .Select(c => new DiscoveredChassis(
                RedfishPaths.Normalize(c.Uri), c.Name ?? "", string.IsNullOrWhiteSpace(c.ChassisType) ? null : c.ChassisType.Trim(), c.Uuid?.Trim() ?? "",
                c.PowerState, c.Actions, RedfishPaths.Normalize(c.ContainedBy) is { Length: > 0 } parent ? parent : null, JsonLinks.Paths(c.Systems).Count > 0))
            .Where(c => c.OdataId.Length > 0),
    ];

    private static Outcome<List<DiscoveredService>?> Services(JsonElement? array, JsonSerializerOptions options)
    {
        if (array is not { ValueKind: JsonValueKind.Array })
        {
            return (List<DiscoveredService>?)null;
        }

        var services = DiscoveryPayloadParser.ReadList<ServicePayload?>(array, "Services", options);
        var found = new Dictionary<string, DiscoveredService>(StringComparer.Ordinal);
        for (var index = 0; index < services.Count; index++)
        {
            if (services[index] is not { } service)
            {
                continue;
            }

            var type = service.Type?.Trim() ?? "";
            var path = RedfishPaths.Normalize(service.Uri);
            var problem = !IsServiceType(type) ? $"Services[{index}].type '{type}' is not a Redfish service type such as UpdateService or EventService"
                : path.Length == 0 ? $"Services[{index}].uri is missing"
                : service.Info is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) } ? $"field 'Services[{index}].info' has the wrong type: expected an object"
                : found.ContainsKey(type) ? $"Services[{index}]: {type} is listed twice"
                : null;
            if (problem is not null)
            {
                return Problem.BadRequest(DiscoveryPayloadParser.Unreadable + problem);
            }

            found[type] = new DiscoveredService(type, path, service.Uuid?.Trim() ?? "",
                service.Info is { ValueKind: JsonValueKind.Object } info ? info.GetRawText() : null);
        }

        return found.Values.ToList();
    }

    /// <summary>A Redfish service type: a PascalCase name ending in <c>Service</c> (<c>UpdateService</c>, <c>CertificateService</c>…).</summary>
    private static bool IsServiceType(string type) =>
        type.Length > ServiceSuffix.Length && type.Length <= MaxServiceTypeLength && char.IsAsciiLetterUpper(type[0])
        && type.EndsWith(ServiceSuffix, StringComparison.Ordinal) && type.All(char.IsAsciiLetterOrDigit);
}
