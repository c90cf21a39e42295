using System.Text.Json.Nodes;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>Small magellan (<c>SchemaVersion</c> 1) bodies written by hand, for tests that need exact control.</summary>
internal static class DiscoveryPayloads
{
    public const string ManagerPath = "/redfish/v1/Managers/BMC";

    /// <summary>
    /// The body for <paramref name="bmc"/> with <paramref name="systems"/> and one manager of type BMC at
    /// <see cref="ManagerPath"/>, whose NIC is <paramref name="bmcMac"/> (none when null) at <paramref name="bmcIp"/>.
    /// </summary>
    public static JsonObject Payload(string bmc, IEnumerable<JsonObject> systems, string? bmcMac = null, string? bmcIp = null) => new()
    {
        ["ID"] = bmc,
        ["User"] = "root",
        ["MACRequired"] = true,
        ["SchemaVersion"] = 1,
        ["Systems"] = new JsonArray([.. systems]),
        ["Managers"] = new JsonArray(new JsonObject
        {
            ["uri"] = ManagerPath,
            ["uuid"] = "",
            ["name"] = "Manager",
            ["type"] = "BMC",
            ["ethernet_interfaces"] = bmcMac is null ? new JsonArray() : new JsonArray(Nic($"{ManagerPath}/EthernetInterfaces/1", bmcMac, bmcIp)),
            ["actions"] = new JsonArray("ForceRestart"),
        }),
    };

    /// <summary>
    /// A System at <c>/redfish/v1/Systems/{id}</c> in chassis <c>/redfish/v1/Chassis/{id}</c>, with one NIC
    /// <paramref name="mac"/> (none when null) at <paramref name="ip"/>.
    /// </summary>
    public static JsonObject ComputerSystem(string id, string? mac = null, string? ip = null, string power = "On", string uuid = "") => new()
    {
        ["uri"] = $"/redfish/v1/Systems/{id}",
        ["uuid"] = uuid,
        ["name"] = id,
        ["system_type"] = "Physical",
        ["ethernet_interfaces"] = mac is null ? new JsonArray() : new JsonArray(Nic($"/redfish/v1/Systems/{id}/EthernetInterfaces/1", mac, ip)),
        ["actions"] = new JsonArray("On", "ForceOff"),
        ["power"] = new JsonObject { ["state"] = power },
        ["links"] = new JsonObject { ["chassis"] = new JsonArray($"/redfish/v1/Chassis/{id}") },
    };

    public static JsonObject Nic(string uri, string mac, string? ip) => new()
    {
        ["uri"] = uri,
        ["mac"] = mac,
        ["ip"] = ip,
        ["name"] = RedfishPathEnd(uri),
        ["description"] = "Ethernet Interface",
        ["enabled"] = true,
    };

    /// <summary>Puts the items of <paramref name="array"/> in the order <paramref name="order"/> gives them.</summary>
    public static void Reorder(this JsonArray array, Func<JsonNode?[], IEnumerable<JsonNode?>> order)
    {
        var items = order([.. array]).ToArray();
        array.Clear();
        foreach (var item in items)
        {
            array.Add(item);
        }
    }

    public static void Shuffle(this JsonArray array, Random random) => array.Reorder(items =>
    {
        random.Shuffle(items);
        return items;
    });

    private static string RedfishPathEnd(string uri) => uri[(uri.LastIndexOf('/') + 1)..];
}
