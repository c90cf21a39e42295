using System.Text.Json.Nodes;
using SysMgmt.Testing;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// The body magellan would POST for a BMC (<c>SchemaVersion</c> 1), built from a tall-form Redfish mockup in
/// <c>../shared/redfish-mockups</c>: the ServiceRoot's <c>Systems</c> and <c>Managers</c> members, each with its
/// <c>EthernetInterfaces</c>; and the body sysmgmt's agent sends, which adds the <c>Chassis</c> and the
/// <c>Services</c>. Files or links that are missing are skipped; values (MACs included) pass through as
/// the mockup has them, so SMD sees <c>Not Available</c> and dash-separated MACs as a real BMC would send them.
/// </summary>
internal sealed class MockupPayloadBuilder
{
    private const string ServiceRoot = "/redfish/v1";

    private readonly string _root;

    private MockupPayloadBuilder(string root) => _root = root;

    /// <summary>A builder for the mockup directory <paramref name="mockup"/> (e.g. <c>csm-rie-EX425</c>).</summary>
    public static MockupPayloadBuilder For(string mockup) => new(RepositoryPaths.Shared("redfish-mockups", mockup));

    /// <summary>The endpoint body for BMC <paramref name="id"/>, reached at <paramref name="fqdn"/> (none: its xname).</summary>
    public JsonObject Payload(string id, string? fqdn = null)
    {
        var body = new JsonObject
        {
            ["ID"] = id,
            ["Type"] = "",
            ["Name"] = "",
            ["User"] = "root",
            ["MACRequired"] = true,
            ["RediscoverOnUpdate"] = false,
            ["SchemaVersion"] = 1,
            ["Systems"] = Systems(),
            ["Managers"] = Managers(),
        };
        if (fqdn is not null)
        {
            body["FQDN"] = fqdn;
        }

        return body;
    }

    /// <summary>
    /// The body sysmgmt's agent sends: <see cref="Payload"/> with the ServiceRoot's <c>RedfishVersion</c>, the
    /// <see cref="Chassis()"/> and the <see cref="Services()"/>.
    /// </summary>
    public JsonObject AgentPayload(string id, string? fqdn = null)
    {
        var body = Payload(id, fqdn);
        body["RedfishVersion"] = Text(Resource(ServiceRoot)?["RedfishVersion"]);
        body["Chassis"] = Chassis();
        body["Services"] = Services();
        return body;
    }

    /// <summary>One object per readable Chassis of the ServiceRoot (Intel's error bodies have no <c>@odata.id</c> and are left out).</summary>
    public JsonArray Chassis() => [.. Members("Chassis").Where(c => Id(c).Length > 0).Select(Chassis)];

    /// <summary>
    /// One object per service the ServiceRoot links to (<c>UpdateService</c>, <c>Tasks</c> → <c>TaskService</c>…),
    /// typed by the resource's <c>@odata.type</c>, else by the link's name.
    /// </summary>
    public JsonArray Services() =>
    [
        .. (Resource(ServiceRoot) ?? []).Where(link => link.Value is JsonObject)
            .Select(link => (link.Key, Resource: Resource(Text(link.Value!["@odata.id"]))))
            .Select(link => (Type: ServiceType(link.Resource) ?? (link.Key.EndsWith("Service", StringComparison.Ordinal) ? link.Key : null), link.Resource))
            .Where(link => link.Type is not null && link.Resource is not null && Id(link.Resource).Length > 0)
            .Select(link => new JsonObject
            {
                ["type"] = link.Type,
                ["uri"] = Id(link.Resource!),
                ["uuid"] = Text(link.Resource!["UUID"]),
                ["info"] = link.Resource!.DeepClone(),
            }),
    ];

    /// <summary>magellan's <c>Systems</c>: one object per System of the ServiceRoot.</summary>
    public JsonArray Systems() => [.. Members("Systems").Select(System)];

    /// <summary>magellan's <c>Managers</c>: one object per Manager of the ServiceRoot.</summary>
    public JsonArray Managers() => [.. Members("Managers").Select(Manager)];

    /// <summary>The raw Redfish resource at <paramref name="path"/> (e.g. <c>/redfish/v1/Systems/Node0</c>), or null.</summary>
    public JsonObject? Resource(string path)
    {
        var file = Path.Combine(_root, path.Trim('/'), "index.json");
        return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file))?.AsObject() : null;
    }

    /// <summary>The raw Redfish EthernetInterfaces of the resource at <paramref name="path"/>.</summary>
    public IEnumerable<JsonObject> EthernetInterfaces(string path) =>
        Resource(path) is { } owner ? Linked(owner["EthernetInterfaces"]) : [];

    private JsonObject System(JsonObject system)
    {
        var path = Id(system);
        return new JsonObject
        {
            ["uri"] = path,
            ["uuid"] = Text(system["UUID"]),
            ["name"] = Text(system["Name"]),
            ["system_type"] = Text(system["SystemType"]),
            ["ethernet_interfaces"] = Nics(path),
            ["actions"] = ResetTypes(system, "#ComputerSystem.Reset"),
            ["power"] = new JsonObject { ["state"] = Text(system["PowerState"]) },
            ["links"] = new JsonObject { ["chassis"] = new JsonArray([.. LinkPaths(system["Links"]?["Chassis"]).Select(p => JsonValue.Create(p))]) },
        };
    }

    private JsonObject Manager(JsonObject manager)
    {
        var path = Id(manager);
        return new JsonObject
        {
            ["uri"] = path,
            ["uuid"] = Text(manager["UUID"]),
            ["name"] = Text(manager["Name"]),
            ["type"] = Text(manager["ManagerType"]),
            ["ethernet_interfaces"] = Nics(path),
            ["actions"] = ResetTypes(manager, "#Manager.Reset"),
        };
    }

    private JsonObject Chassis(JsonObject chassis) => new()
    {
        ["uri"] = Id(chassis),
        ["id"] = Text(chassis["Id"]),
        ["name"] = Text(chassis["Name"]),
        ["chassis_type"] = chassis["ChassisType"]?.DeepClone(),
        ["uuid"] = Text(chassis["UUID"]),
        ["manufacturer"] = Text(chassis["Manufacturer"]),
        ["model"] = Text(chassis["Model"]),
        ["serial"] = Text(chassis["SerialNumber"]),
        ["part_number"] = Text(chassis["PartNumber"]),
        ["sku"] = Text(chassis["SKU"]),
        ["asset_tag"] = Text(chassis["AssetTag"]),
        ["power_state"] = chassis["PowerState"]?.DeepClone(),
        ["actions"] = ChassisResetTypes(chassis),
        ["contained_by"] = ContainedBy(chassis["Links"]?["ContainedBy"]),
        ["systems"] = new JsonArray([.. LinkPaths(chassis["Links"]?["ComputerSystems"]).Select(p => JsonValue.Create(p))]),
        ["managed_by"] = new JsonArray([.. LinkPaths(chassis["Links"]?["ManagedBy"]).Select(p => JsonValue.Create(p))]),
    };

    /// <summary>The allowed <c>Chassis.Reset</c> types, listed inline or in the action's ActionInfo; null without the action.</summary>
    private JsonArray? ChassisResetTypes(JsonObject chassis)
    {
        if (chassis["Actions"]?["#Chassis.Reset"] is not JsonObject reset)
        {
            return null;
        }

        var values = reset["ResetType@Redfish.AllowableValues"]
            ?? (Resource(Text(reset["@Redfish.ActionInfo"]))?["Parameters"] as JsonArray)?.FirstOrDefault(p => Text(p?["Name"]) == "ResetType")?["AllowableValues"];
        return values is JsonArray list ? [.. list.Select(v => JsonValue.Create(Text(v)))] : [];
    }

    /// <summary>The one link, or the first of an array of them (Intel's spelling).</summary>
    private static string? ContainedBy(JsonNode? link) =>
        link is JsonArray links ? LinkPaths(links).FirstOrDefault() : Text(link?["@odata.id"]) is { Length: > 0 } path ? path : null;

    private static string? ServiceType(JsonObject? resource) =>
        Text(resource?["@odata.type"]).TrimStart('#').Split('.')[0] is { } type && type.EndsWith("Service", StringComparison.Ordinal) ? type : null;

    private JsonArray Nics(string ownerPath) =>
    [
        .. EthernetInterfaces(ownerPath).Select(nic => new JsonObject
        {
            ["uri"] = Id(nic),
            ["mac"] = Text(nic["MACAddress"]) is { Length: > 0 } mac ? mac : Text(nic["PermanentMACAddress"]),
            ["ip"] = nic["IPv4Addresses"] is JsonArray { Count: > 0 } addresses ? Text(addresses[0]?["Address"]) : "",
            ["name"] = Text(nic["Name"]),
            ["description"] = Text(nic["Description"]),
            ["enabled"] = nic["InterfaceEnabled"]?.GetValue<bool>() ?? true,
        }),
    ];

    private static JsonArray? ResetTypes(JsonObject resource, string action) =>
        resource["Actions"]?[action]?["ResetType@Redfish.AllowableValues"] is JsonArray values
            ? [.. values.Select(v => JsonValue.Create(Text(v)))]
            : null;

    private IEnumerable<JsonObject> Members(string collection) =>
        Resource(ServiceRoot) is { } root ? Linked(root[collection]) : [];

    /// <summary>The members of the collection a link points to, skipping any whose file is missing.</summary>
    private IEnumerable<JsonObject> Linked(JsonNode? collectionLink) =>
        collectionLink?["@odata.id"] is { } path && Resource(Text(path)) is { } collection
            ? LinkPaths(collection["Members"]).Select(Resource).OfType<JsonObject>()
            : [];

    private static IEnumerable<string> LinkPaths(JsonNode? links) =>
        links is JsonArray array ? array.Select(l => Text(l?["@odata.id"])).Where(p => p.Length > 0) : [];

    private static string Id(JsonObject resource) => Text(resource["@odata.id"]);

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
