using System.Text.Json;
using SysMgmt.Core.Discovery;
using SysMgmt.Core.Networking;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Turns the inventory part of a Redfish endpoint body into a <see cref="DiscoveredInventory"/>: a PDU inventory,
/// magellan's SchemaVersion 1 <c>Systems</c>/<c>Managers</c>, or the older unversioned form whose Systems carry
/// raw Redfish <c>Data</c> and <c>EthernetInterfaces</c>; with any of them, sysmgmt's <c>Chassis</c>,
/// <c>Services</c> and <c>RedfishVersion</c>.
/// </summary>
internal static class DiscoveryPayloadParser
{
    /// <summary>How every problem with the inventory part of a body begins.</summary>
    internal const string Unreadable = "couldn't read the discovered inventory: ";

    public static Outcome<DiscoveredInventory?> Parse(RedfishEndpointInput input, JsonSerializerOptions options)
    {
        if (!input.HasInventory)
        {
            return (DiscoveredInventory?)null;
        }

        if (WrongKind(input) is { } wrong)
        {
            return Problem.BadRequest($"{Unreadable}field '{wrong.Field}' has the wrong type: expected {wrong.Expected}");
        }

        try
        {
            var inventory = input switch
            {
                { PDUInventory: { } pdu } when pdu.ValueKind == JsonValueKind.Object => Pdu(Read<PduInventoryPayload>(pdu, "PDUInventory", options)),
                { SchemaVersion: > 0 } => Magellan(ReadList<MagellanSystem?>(input.Systems, "Systems", options), ReadList<MagellanManager?>(input.Managers, "Managers", options)),
                _ => LegacyDiscoveryPayload.Parse(input.Systems),
            };
            var extended = InventoryExtensionParser.Extend(inventory, input, options);
            if (extended.Problem is { } invalid)
            {
                return invalid;
            }

            return extended.Value;
        }
        catch (JsonException exception)
        {
            return Problem.BadRequest(Unreadable + JsonErrorDescriber.Describe(exception));
        }
    }

    /// <summary>A <c>Systems</c>, <c>Managers</c>, <c>Chassis</c> or <c>Services</c> that is not an array, or a <c>PDUInventory</c> that is not an object.</summary>
    private static (string Field, string Expected)? WrongKind(RedfishEndpointInput input) =>
        !IsNullOr(input.Systems, JsonValueKind.Array) ? ("Systems", "an array")
        : !IsNullOr(input.Managers, JsonValueKind.Array) ? ("Managers", "an array")
        : !IsNullOr(input.PDUInventory, JsonValueKind.Object) ? ("PDUInventory", "an object")
        : !IsNullOr(input.Chassis, JsonValueKind.Array) ? ("Chassis", "an array")
        : !IsNullOr(input.Services, JsonValueKind.Array) ? ("Services", "an array")
        : null;

    private static bool IsNullOr(JsonElement? element, JsonValueKind kind) =>
        element?.ValueKind is null or JsonValueKind.Null or JsonValueKind.Undefined || element.Value.ValueKind == kind;

    internal static List<T> ReadList<T>(JsonElement? array, string name, JsonSerializerOptions options) =>
        array is { ValueKind: JsonValueKind.Array } items ? Read<List<T>>(items, name, options) ?? [] : [];

    /// <summary>
    /// Reads one part of the body; an error names the field as the client wrote it (<c>Systems[0].uri</c>), not as
    /// it is within the part (<c>$[0].uri</c>, which could be in Systems or Managers).
    /// </summary>
    private static T? Read<T>(JsonElement part, string name, JsonSerializerOptions options)
    {
        try
        {
            return part.Deserialize<T>(options);
        }
        catch (JsonException exception)
        {
            throw new JsonException(exception.Message, name + exception.Path?.TrimStart('$'), exception.LineNumber, exception.BytePositionInLine, exception);
        }
    }

    /// <summary>The inventory; <c>null</c> entries (which Go clients can send) are skipped.</summary>
    private static DiscoveredInventory Magellan(List<MagellanSystem?> systems, List<MagellanManager?> managers) => new(
        [.. systems.OfType<MagellanSystem>().Select(s => new DiscoveredSystem(
            RedfishPaths.Normalize(s.Uri), s.Uuid?.Trim() ?? "", s.Name ?? "", s.SystemType ?? "", s.Power?.State, s.Actions,
            Nics(s.EthernetInterfaces), JsonLinks.Paths(s.Links?.Chassis).FirstOrDefault(), JsonLinks.Paths(s.Power?.PowerControlIds)))
            .Where(s => s.OdataId.Length > 0)],
        [.. managers.OfType<MagellanManager>().Select(m => new DiscoveredManager(
            RedfishPaths.Normalize(m.Uri), m.Uuid?.Trim() ?? "", m.Name ?? "", m.Type ?? "", m.Actions, Nics(m.EthernetInterfaces), m.CommandShell))
            .Where(m => m.OdataId.Length > 0)],
        [],
        "");

    private static DiscoveredInventory Pdu(PduInventoryPayload? pdu) => new([], [],
        [.. (pdu?.Outlets ?? []).OfType<PduOutletPayload>().Where(o => !string.IsNullOrWhiteSpace(o.IdSuffix) && !string.IsNullOrWhiteSpace(o.OriginalId))
            .Select(o => new DiscoveredOutlet(o.OriginalId!.Trim(), o.IdSuffix!.Trim().ToLowerInvariant(), o.Name ?? "", o.State ?? "", o.SocketType ?? ""))],
        "");

    /// <summary>Agents report NICs whose MAC is <c>Not Available</c> or redacted; there is nothing to record for those.</summary>
    internal static IReadOnlyList<DiscoveredNic> Nics(IEnumerable<MagellanNic?>? nics) =>
        nics is null
            ? []
            : [.. nics.OfType<MagellanNic>().Select(n => Nic(n.Uri, n.Mac, n.Ip, n.Name, n.Description, n.Enabled)).OfType<DiscoveredNic>()];

    internal static DiscoveredNic? Nic(string? uri, string? mac, string? ip, string? name, string? description, bool? enabled) =>
        MacAddress.TryNormalize(mac, out var normalized, out _)
            ? new DiscoveredNic(RedfishPaths.Normalize(uri), normalized, UsableIp(ip), name ?? "", description ?? "", enabled)
            : null;

    /// <summary>An unconfigured NIC reports <c>0.0.0.0</c>; that is no address.</summary>
    private static string? UsableIp(string? ip) =>
        IpAddresses.TryNormalize(ip, out var normalized, out _) && normalized is not ("0.0.0.0" or "::") ? normalized : null;
}
