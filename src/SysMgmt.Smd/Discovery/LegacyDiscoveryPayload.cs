using System.Text.Json;
using SysMgmt.Core.Discovery;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// The unversioned form older magellan releases sent: <c>Systems:[{"Data":&lt;ComputerSystem&gt;,
/// "EthernetInterfaces":[&lt;EthernetInterface&gt;…]}]</c>, raw Redfish resources. Read defensively: any part may be
/// missing.
/// </summary>
internal static class LegacyDiscoveryPayload
{
    public static DiscoveredInventory Parse(JsonElement? systems) => new(
        systems is { ValueKind: JsonValueKind.Array } items ? [.. items.EnumerateArray().Select(System).OfType<DiscoveredSystem>()] : [],
        [],
        [],
        "");

    private static DiscoveredSystem? System(JsonElement entry)
    {
        if (JsonLinks.Property(entry, "Data") is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var path = RedfishPaths.Normalize(JsonLinks.String(data, "@odata.id"));
        if (path.Length == 0)
        {
            return null;
        }

        var chassis = JsonLinks.Property(data, "Links") is { } links && JsonLinks.Property(links, "Chassis") is { ValueKind: JsonValueKind.Array } chassisLinks
            ? JsonLinks.Paths(chassisLinks.EnumerateArray()).FirstOrDefault()
            : null;
        return new DiscoveredSystem(path, JsonLinks.String(data, "UUID"), JsonLinks.String(data, "Name"), JsonLinks.String(data, "SystemType"),
            JsonLinks.String(data, "PowerState") is { Length: > 0 } power ? power : null, ResetTypes(data), Nics(entry), chassis, []);
    }

    private static IReadOnlyList<string>? ResetTypes(JsonElement data) =>
        JsonLinks.Property(data, "Actions") is { } actions
        && JsonLinks.Property(actions, "#ComputerSystem.Reset") is { } reset
        && JsonLinks.Property(reset, "ResetType@Redfish.AllowableValues") is { ValueKind: JsonValueKind.Array } values
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : null;

    private static IReadOnlyList<DiscoveredNic> Nics(JsonElement entry) =>
        JsonLinks.Property(entry, "EthernetInterfaces") is { ValueKind: JsonValueKind.Array } nics
            ? [.. nics.EnumerateArray().Select(Nic).OfType<DiscoveredNic>()]
            : [];

    private static DiscoveredNic? Nic(JsonElement nic)
    {
        var ip = JsonLinks.Property(nic, "IPv4Addresses") is { ValueKind: JsonValueKind.Array } addresses
            ? addresses.EnumerateArray().Select(a => JsonLinks.String(a, "Address")).FirstOrDefault(a => a.Length > 0)
            : null;
        var enabled = JsonLinks.Property(nic, "InterfaceEnabled") is { ValueKind: JsonValueKind.True or JsonValueKind.False } flag ? flag.GetBoolean() : (bool?)null;
        var mac = JsonLinks.String(nic, "MACAddress") is { Length: > 0 } current ? current : JsonLinks.String(nic, "PermanentMACAddress");
        return DiscoveryPayloadParser.Nic(JsonLinks.String(nic, "@odata.id"), mac, ip, JsonLinks.String(nic, "Id"), JsonLinks.String(nic, "Description"), enabled);
    }
}
