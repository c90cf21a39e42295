using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// The rules for sysmgmt's additions to magellan's body: an omitted <c>Chassis</c> or <c>Services</c> keeps what
/// was recorded while an empty one clears it, services are replaced as a set, chassis that disappear lose their
/// component endpoint, and bad values are 400s that store nothing.
/// </summary>
public sealed class AgentIngestionRulesTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s1b0", Cmm = "x1000c0b0";
    private const string ChassisEndpoints = "SELECT count(*) FROM smd.component_endpoints WHERE redfish_type = 'Chassis'";

    /// <summary>A node BMC with one node, its enclosure <paramref name="chassisPaths"/> and the given services.</summary>
    private static JsonObject Body(string[] chassisPaths, params string[] services)
    {
        var body = Payload(Bmc, [ComputerSystem("Node0")]);
        body["Chassis"] = new JsonArray([.. chassisPaths.Select(path => Chassis(path, "RackMount"))]);
        body["Services"] = new JsonArray([.. services.Select(type => Service(type))]);
        return body;
    }

    private static JsonObject Chassis(string path, string type, string? power = "On") => new()
    {
        ["uri"] = path,
        ["id"] = path[(path.LastIndexOf('/') + 1)..],
        ["name"] = "Chassis",
        ["chassis_type"] = type,
        ["power_state"] = power,
        ["actions"] = new JsonArray("On", "ForceOff"),
        ["contained_by"] = null,
        ["systems"] = new JsonArray(),
    };

    private static JsonObject Service(string type, string? info = null) => new()
    {
        ["type"] = type,
        ["uri"] = $"https://10.0.0.1:443/redfish/v1/{type}/",
        ["uuid"] = "",
        ["info"] = JsonNode.Parse(info ?? $$"""{"@odata.id":"/redfish/v1/{{type}}","Id":"{{type}}"}"""),
    };

    [Fact]
    public async Task Post_WithoutChassisOrServices_KeepsTheRecordedOnes()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/1U"], "UpdateService", "EventService"));
        var first = await Smd.SnapshotAsync();

        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node0")]), HttpStatusCode.OK);
        var withNull = Payload(Bmc, [ComputerSystem("Node0")]);
        withNull["Chassis"] = null;
        withNull["Services"] = null;
        await client.PutEndpointAsync(Bmc, withNull);

        Assert.Equal(first, await Smd.SnapshotAsync());
        Assert.Equal([$"{Bmc} EventService", $"{Bmc} UpdateService"], await ServicesAsync(client));
    }

    [Fact]
    public async Task Post_EmptyChassisAndServices_RemoveTheRecordedOnesButNotTheComponents()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/1U"], "UpdateService"));

        await client.PostEndpointsAsync(Body([]), HttpStatusCode.OK);

        Assert.Equal(0L, await Smd.QueryScalarAsync<long>(ChassisEndpoints));
        Assert.Equal(0L, await Smd.CountRowsAsync("service_endpoints"));
        Assert.Equal([Bmc, $"{Bmc}n0"], await client.GetComponentEndpointIdsAsync());
        Assert.Equal("NodeEnclosure On", string.Join(" ", (await client.GetComponentAsync("x3000c0s1e0")).Fields("Type", "State")));
    }

    [Fact]
    public async Task Post_ChangedServices_ReplacesTheSet()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body([], "UpdateService", "EventService"));
        var changed = Body([], "TaskService");
        changed["Services"]!.AsArray().Add(Service("UpdateService", """{"ServiceEnabled":false}"""));

        await client.PostEndpointsAsync(changed, HttpStatusCode.OK);

        Assert.Equal([$"{Bmc} TaskService", $"{Bmc} UpdateService"], await ServicesAsync(client));
        var update = await client.GetJsonAsync($"{ServiceEndpointsPath}/UpdateService/RedfishEndpoints/{Bmc}");
        Assert.Equal("""{"ServiceEnabled":false}""", update.GetProperty("ServiceInfo").GetRawText());
        Assert.Equal("/redfish/v1/UpdateService", update.Str("OdataID"));
    }

    [Fact]
    public async Task Delete_Endpoint_RemovesItsServicesAndChassisEndpoints()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/1U"], "UpdateService"));

        using var response = await client.DeleteAsync($"{EndpointsPath}/{Bmc}", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(0L, await Smd.CountRowsAsync("service_endpoints"));
        Assert.Equal(0L, await Smd.CountRowsAsync("component_endpoints"));
    }

    [Fact]
    public async Task Post_CmmWhoseBladeDisappeared_RemovesItsEndpointAndKeepsTheRest()
    {
        using var client = Smd.CreateClient();
        var payload = MockupPayloadBuilder.For("csm-rie-CMM").AgentPayload(Cmm);
        await client.PostEndpointsAsync(payload);
        payload["Chassis"]!.AsArray().Reorder(chassis => chassis.Where(c => (string?)c!["id"] != "Blade3"));

        await client.PostEndpointsAsync(payload, HttpStatusCode.OK);

        var chassis = await client.GetComponentEndpointIdsAsync("redfish_type=Chassis");
        Assert.Equal(16, chassis.Length);
        Assert.DoesNotContain("x1000c0s3", chassis);
        Assert.Equal("ComputeModule On", string.Join(" ", (await client.GetComponentAsync("x1000c0s3")).Fields("Type", "State")));
    }

    [Fact]
    public async Task Post_EnclosureAtANewPath_MovesTheNodeEnclosureToIt()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/A"]));

        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/B"]), HttpStatusCode.OK);

        var enclosure = Assert.Single(await client.GetComponentEndpointsAsync("redfish_type=Chassis"));
        Assert.Equal(["x3000c0s1e0", "/redfish/v1/Chassis/B"], enclosure.Fields("ID", "OdataID"));
    }

    [Fact]
    public async Task Post_PathOfAnEarlierChassisNowASystem_BecomesTheNode()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/Self"]));
        var body = Body([]);
        body["Systems"]![0]!["uri"] = "/redfish/v1/Chassis/Self";

        await client.PostEndpointsAsync(body, HttpStatusCode.OK);

        Assert.Equal([$"{Bmc} {ManagerPath}", $"{Bmc}n0 /redfish/v1/Chassis/Self"],
            (await client.GetComponentEndpointsAsync()).Select(e => $"{e.Str("ID")} {e.Str("OdataID")}"));
    }

    [Fact]
    public async Task Post_ChassisPowerState_SetsTheStateAsForNodes()
    {
        using var client = Smd.CreateClient();
        var body = Payload(Cmm, []);
        body["Chassis"] = new JsonArray(Chassis("/redfish/v1/Chassis/Enclosure", "Enclosure", "On"), Chassis("/redfish/v1/Chassis/Blade0", "Blade", "off"),
            Chassis("/redfish/v1/Chassis/Blade1", "Blade", null), Chassis("/redfish/v1/Chassis/Perif0", "Blade", "PoweringOn"));

        await client.PostEndpointsAsync(body);

        Assert.Equal(["x1000c0 On", "x1000c0r0 Populated", "x1000c0s0 Off", "x1000c0s1 Populated"],
            (await client.GetComponentListAsync($"{ComponentsPath}?type=Chassis&type=ComputeModule&type=RouterModule")).Select(c => $"{c.Str("ID")} {c.Str("State")}"));
    }

    [Fact]
    public async Task Post_ChassisWhoseXnameWouldBeInvalid_IsNotAComponentAndTheOthersAre()
    {
        using var client = Smd.CreateClient();
        var body = Payload(Cmm, []);
        body["Chassis"] = new JsonArray(Chassis("/redfish/v1/Chassis/Blade99999999999", "Blade"), Chassis("/redfish/v1/Chassis/Blade2", "Blade"));

        await client.PostEndpointsAsync(body);

        Assert.Equal([Cmm, "x1000c0s2"], await client.GetComponentEndpointIdsAsync());
    }

    [Fact]
    public async Task Post_ChassisAtASystemsPath_Is400AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        var body = Body([]);
        body["Chassis"]!.AsArray().Add(Chassis("/redfish/v1/Systems/Node0/", "RackMount"));

        var response = await client.PostJsonAsync(EndpointsPath, body.ToJsonString(), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest,
            $"/redfish/v1/Systems/Node0 is reported for both {Bmc}n0 (ComputerSystem) and x3000c0s1e0 (Chassis)");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_OnlyChassisAndServices_IsInventoryForAnExistingEndpoint()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}"}""");

        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","Services":[{"type":"EventService","uri":"/redfish/v1/EventService"}]}""", HttpStatusCode.OK);

        Assert.Equal([$"{Bmc} EventService"], await ServicesAsync(client));
        Assert.Equal("DiscoverOK", (await client.GetEndpointAsync(Bmc)).GetProperty("DiscoveryInfo").Str("LastDiscoveryStatus"));
    }

    [Theory]
    [InlineData(""" "Chassis":{} """, "field 'Chassis' has the wrong type: expected an array")]
    [InlineData(""" "Services":"UpdateService" """, "field 'Services' has the wrong type: expected an array")]
    [InlineData(""" "Chassis":[{"uri":5}] """, "field 'Chassis[0].uri' has the wrong type: expected a string")]
    [InlineData(""" "Chassis":[null,{"uri":"/redfish/v1/Chassis/1","actions":"On"}] """, "field 'Chassis[1].actions' has the wrong type: expected an array")]
    [InlineData(""" "Chassis":[{"uri":"/redfish/v1/Chassis/1","contained_by":{"@odata.id":"/redfish/v1/Chassis/2"}}] """, "field 'Chassis[0].contained_by' has the wrong type: expected a string")]
    [InlineData(""" "Chassis":[{"uri":"/redfish/v1/Chassis/1","power_state":true}] """, "field 'Chassis[0].power_state' has the wrong type: expected a string")]
    [InlineData(""" "Services":[{"type":"UpdateService","uri":"/redfish/v1/UpdateService","info":"enabled"}] """, "field 'Services[0].info' has the wrong type: expected an object")]
    [InlineData(""" "Services":[{"type":"UpdateService","uri":"/redfish/v1/UpdateService","info":[]}] """, "field 'Services[0].info' has the wrong type: expected an object")]
    [InlineData(""" "Services":[{"type":7,"uri":"/redfish/v1/UpdateService"}] """, "field 'Services[0].type' has the wrong type: expected a string")]
    [InlineData(""" "Services":[null,{"type":"Foo","uri":"/redfish/v1/Foo"}] """, "Services[1].type 'Foo' is not a Redfish service type such as UpdateService or EventService")]
    [InlineData(""" "Services":[{"type":"updateService","uri":"/redfish/v1/UpdateService"}] """, "Services[0].type 'updateService' is not a Redfish service type such as UpdateService or EventService")]
    [InlineData(""" "Services":[{"type":"../Service","uri":"/redfish/v1/UpdateService"}] """, "Services[0].type '../Service' is not a Redfish service type such as UpdateService or EventService")]
    [InlineData(""" "Services":[{"type":"Service","uri":"/redfish/v1/Service"}] """, "Services[0].type 'Service' is not a Redfish service type such as UpdateService or EventService")]
    [InlineData(""" "Services":[{"uri":"/redfish/v1/UpdateService"}] """, "Services[0].type '' is not a Redfish service type such as UpdateService or EventService")]
    [InlineData(""" "Services":[{"type":"UpdateService"}] """, "Services[0].uri is missing")]
    [InlineData(""" "Services":[{"type":"UpdateService","uri":"/redfish/v1/UpdateService"},{"type":"UpdateService","uri":"/redfish/v1/Other"}] """, "Services[1]: UpdateService is listed twice")]
    public async Task Post_BadChassisOrServices_Is400NamingTheFieldAndStoresNothing(string inventory, string detail)
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, $$"""{"ID":"{{Bmc}}","SchemaVersion":1,{{inventory}}}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "couldn't read the discovered inventory: " + detail);
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_RedfishVersionOfWrongType_Is400NamingIt()
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, $$"""{"ID":"{{Bmc}}","SchemaVersion":1,"Systems":[],"RedfishVersion":1.15}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "field 'RedfishVersion' has the wrong type: expected a string");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_BadServiceOnReingestion_KeepsTheFirstIngestion()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body(["/redfish/v1/Chassis/1U"], "UpdateService"));
        var first = await Smd.SnapshotAsync();
        var bad = Body([], "EventService");
        bad["Services"]!.AsArray().Add(Service("NotAService!"));

        var response = await client.PostJsonAsync(EndpointsPath, bad.ToJsonString(), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "is not a Redfish service type");
        Assert.Equal(first, await Smd.SnapshotAsync());
    }

    private static async Task<string[]> ServicesAsync(HttpClient client) =>
        [.. Items(await client.GetJsonAsync(ServiceEndpointsPath), "ServiceEndpoints").Select(s => $"{s.Str("RedfishEndpointID")} {s.Str("RedfishType")}")];
}
