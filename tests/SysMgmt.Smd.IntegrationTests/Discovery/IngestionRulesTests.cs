using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// The rules of a magellan ingestion: component defaults and what re-ingestion keeps, power states, power links,
/// idempotence, the 409 that keeps ochami's PUT fallback, MAC conflicts that store nothing, and bad inventories.
/// </summary>
public sealed class IngestionRulesTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s1b0", Node0 = "x3000c0s1b0n0", Node1 = "x3000c0s1b0n1";
    private const string Mac0 = "a4:bf:01:00:00:10", Mac1 = "a4:bf:01:00:00:11", BmcMac = "a4:bf:01:00:00:01";

    private static JsonObject TwoNodes(string power0 = "On", string power1 = "On") =>
        Payload(Bmc, [ComputerSystem("Node0", Mac0, "10.1.0.10", power0), ComputerSystem("Node1", Mac1, null, power1)], BmcMac, "10.0.0.1");

    [Fact]
    public async Task Post_NewNodes_GetNodeMapDefaultsElseNidsFromTheirXname()
    {
        using var client = Smd.CreateClient();
        using var map = await client.PostJsonAsync(NodeMapsPath, $$"""{"ID":"{{Node1}}","NID":42,"Role":"Service","SubRole":"Worker"}""", Ct);
        await AssertStatusAsync(map, HttpStatusCode.OK);

        await client.PostEndpointsAsync(TwoNodes());

        Assert.Equal(["x3000c0s1b0 NodeBMC Ready OK", "x3000c0s1b0n0 Node On OK Compute  49168416", "x3000c0s1b0n1 Node On OK Service Worker 42"],
            (await client.GetComponentListAsync(ComponentsPath)).Select(Summary));
    }

    [Fact]
    public async Task Post_ExistingComponents_KeepTheirNidRoleSubRoleFlagAndEnabled()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(
            Comp(Bmc, "On") with { Flag = "Alert", Enabled = false },
            Comp(Node0, "Ready") with { NID = 7, Role = "Application", SubRole = "Worker", Flag = "Warning", Enabled = false },
            Comp(Node1, "Standby") with { NID = 8, Role = "Storage", Flag = "Alert" });

        await client.PostEndpointsAsync(TwoNodes());
        await client.PostEndpointsAsync(TwoNodes(), HttpStatusCode.OK);

        Assert.Equal(["x3000c0s1b0 NodeBMC Ready Alert", "x3000c0s1b0n0 Node Ready Warning Application Worker 7", "x3000c0s1b0n1 Node Standby Alert Storage  8"],
            (await client.GetComponentListAsync(ComponentsPath)).Select(Summary));
        Assert.Equal([false, false, true], (await client.GetComponentListAsync(ComponentsPath)).Select(c => c.GetProperty("Enabled").GetBoolean()));
    }

    [Theory]
    [InlineData(null, "On", "On")]
    [InlineData(null, "off", "Off")]
    [InlineData(null, "", "Populated")]
    [InlineData(null, "PoweringOn", "Populated")]
    [InlineData("Ready", "On", "Ready")]
    [InlineData("Standby", "On", "Standby")]
    [InlineData("Halt", "On", "Halt")]
    [InlineData("Ready", "Off", "Off")]
    [InlineData("On", "Off", "Off")]
    [InlineData("Off", "On", "On")]
    [InlineData("Empty", "On", "On")]
    [InlineData("Populated", "On", "On")]
    [InlineData("Unknown", "On", "On")]
    [InlineData("Ready", "", "Ready")]
    [InlineData("Off", "", "Off")]
    public async Task Post_PowerState_SetsOrCorrectsTheNodeState(string? stored, string power, string expected)
    {
        using var client = Smd.CreateClient();
        if (stored is not null)
        {
            await client.PostComponentsAsync(Comp(Node0, stored));
        }

        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node0", power: power)]));

        Assert.Equal(expected, (await client.GetComponentAsync(Node0)).Str("State"));
    }

    [Theory]
    [InlineData("/redfish/v1/Chassis/Blade0")]
    [InlineData("/redfish/v1/Chassis/Blade0/")]
    [InlineData("https://10.0.0.1:443/redfish/v1/Chassis/Blade0/")]
    public async Task Post_ChassisLinkAndPowerControls_GivePowerUrlAndPowerControl(string chassis)
    {
        using var client = Smd.CreateClient();
        var system = ComputerSystem("Node0");
        system["uri"] = "https://10.0.0.1:443/redfish/v1/Systems/Node0/";
        system["links"] = new JsonObject { ["chassis"] = new JsonArray(chassis, "/redfish/v1/Chassis/Enclosure") };
        system["power"]!["power_control_ids"] = new JsonArray(
            "/redfish/v1/Chassis/Blade0/Power#/PowerControl/0",
            new JsonObject { ["@odata.id"] = "/redfish/v1/Chassis/Blade0/Power#/PowerControl/Accelerator0" });

        await client.PostEndpointsAsync(Payload(Bmc, [system]));

        var info = (await client.GetComponentEndpointAsync(Node0)).GetProperty("RedfishSystemInfo");
        Assert.Equal("/redfish/v1/Chassis/Blade0/Power", info.Str("PowerURL"));
        Assert.Equal(
            JsonNode.Parse("""
                [{"@odata.id":"/redfish/v1/Chassis/Blade0/Power#/PowerControl/0","MemberId":"0","Name":"System Power Control",
                  "RelatedItem":[{"@odata.id":"/redfish/v1/Systems/Node0"},{"@odata.id":"/redfish/v1/Chassis/Blade0"}]},
                 {"@odata.id":"/redfish/v1/Chassis/Blade0/Power#/PowerControl/Accelerator0","MemberId":"Accelerator0","Name":"System Power Control",
                  "RelatedItem":[{"@odata.id":"/redfish/v1/Systems/Node0"},{"@odata.id":"/redfish/v1/Chassis/Blade0"}]}]
                """)!.ToJsonString(),
            info.GetProperty("PowerControl").GetRawText());
        Assert.Equal("/redfish/v1/Systems/Node0", (await client.GetComponentEndpointAsync(Node0)).Str("OdataID"));
    }

    [Fact]
    public async Task Post_SystemWithoutChassisLinkOrActions_HasNoPowerUrlAndNullAllowableValues()
    {
        using var client = Smd.CreateClient();
        var system = ComputerSystem("Node0");
        system.Remove("links");
        system.Remove("actions");

        await client.PostEndpointsAsync(Payload(Bmc, [system]));

        var info = (await client.GetComponentEndpointAsync(Node0)).GetProperty("RedfishSystemInfo");
        Assert.Equal(["Name", "Actions"], info.EnumerateObject().Select(p => p.Name));
        Assert.Equal("null", info.GetProperty("Actions").GetProperty("#ComputerSystem.Reset").GetProperty("ResetType@Redfish.AllowableValues").GetRawText());
    }

    [Fact]
    public async Task Post_SamePayloadAgain_Is200AndChangesNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(TwoNodes());
        var before = await Smd.SnapshotAsync();
        var counts = await CountsAsync();

        using var again = await client.PostJsonAsync(EndpointsPath, TwoNodes().ToJsonString(), Ct);

        await AssertStatusAsync(again, HttpStatusCode.OK);
        Assert.Equal($$"""[{"URI":"{{EndpointsPath}}/{{Bmc}}"}]""", await again.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await Smd.SnapshotAsync());
        Assert.Equal((1L, 3L, 3L, 3L, 2L), counts);
    }

    [Fact]
    public async Task Put_SamePayloadAgain_Is200AndChangesNothing()
    {
        using var client = Smd.CreateClient();
        await client.PutEndpointAsync(Bmc, TwoNodes(), HttpStatusCode.Created);
        var before = await Smd.SnapshotAsync();

        var again = await client.PutEndpointAsync(Bmc, TwoNodes());

        Assert.Equal(Bmc, again.Str("ID"));
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_ChangedPayload_UpdatesAddressesAndComponentEndpoints()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(TwoNodes());
        var changed = Payload(Bmc, [ComputerSystem("Node0", Mac0, "10.1.0.99", "Off"), ComputerSystem("Node1", Mac1, "10.1.0.11")], BmcMac, "10.0.0.1");
        changed["Systems"]![1]!["system_type"] = "Virtual";

        await client.PostEndpointsAsync(changed, HttpStatusCode.OK);

        Assert.Equal(["10.1.0.10", "10.1.0.99"], (await client.GetInterfaceAsync(Mac0.Replace(":", "", StringComparison.Ordinal))).Addresses());
        Assert.Equal(["10.1.0.11"], (await client.GetInterfaceAsync(Mac1.Replace(":", "", StringComparison.Ordinal))).Addresses());
        Assert.Equal("Off", (await client.GetComponentAsync(Node0)).Str("State"));
        Assert.Equal("Virtual", (await client.GetComponentEndpointAsync(Node1)).Str("RedfishSubtype"));
    }

    [Theory]
    [InlineData("""{"ID":"x3000c0s1b0"}""")]
    [InlineData("""{"ID":"x3000c0s1b0","SchemaVersion":1}""")]
    [InlineData("""{"ID":"x3000c0s1b0","Systems":null,"Managers":null}""")]
    public async Task Post_ExistingEndpointWithoutInventory_Is409AndChangesNothing(string body)
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(TwoNodes());
        var before = await Smd.SnapshotAsync();

        var response = await client.PostJsonAsync(EndpointsPath, body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, "operation would conflict with an existing resource that has the same FQDN or xname ID.");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_EmptyInventory_MarksTheBmcReadyAndRecordsNoNodes()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","SchemaVersion":1,"Systems":[],"Managers":[]}""");

        Assert.Equal(["x3000c0s1b0 NodeBMC Ready OK"], (await client.GetComponentListAsync(ComponentsPath)).Select(Summary));
        Assert.Empty(await client.GetComponentEndpointsAsync());
        Assert.Equal("DiscoverOK", (await client.GetEndpointAsync(Bmc)).GetProperty("DiscoveryInfo").Str("LastDiscoveryStatus"));
    }

    [Fact]
    public async Task Post_MacOwnedByAnotherComponent_Is409NamingItAndStoresNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface(Mac1, "x3000c0s9b0n0", "10.9.0.1"));
        var before = await Smd.SnapshotAsync();

        var response = await client.PostJsonAsync(EndpointsPath, TwoNodes().ToJsonString(), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing component ethernet interface that has the same MAC address: MAC a4:bf:01:00:00:11 of x3000c0s1b0n1 already belongs to x3000c0s9b0n0");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Put_MacOwnedByAnotherComponent_MovesItToTheReportingComponent()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface(Mac1, "x3000c0s9b0n0", "10.9.0.1"));

        await client.PutEndpointAsync(Bmc, TwoNodes(), HttpStatusCode.Created);

        var moved = await client.GetInterfaceAsync("a4bf01000011");
        Assert.Equal([Node1, "Node"], moved.Fields("ComponentID", "Type"));
        Assert.Equal(["10.9.0.1"], moved.Addresses());
        Assert.Equal([Bmc, Node0, Node1], await client.GetComponentEndpointIdsAsync());
    }

    [Fact]
    public async Task Post_MacOwnedByAnotherComponentOnReingestion_Is409AndKeepsTheFirstIngestion()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(TwoNodes());
        await client.PostInterfaceAsync(Interface("a4:bf:01:00:00:99", "x3000c0s9b0n0"));
        var before = await Smd.SnapshotAsync();
        var changed = Payload(Bmc, [ComputerSystem("Node0", "a4:bf:01:00:00:99", "10.1.0.10", "Off"), ComputerSystem("Node2", Mac1)], BmcMac, "10.0.0.2");

        var response = await client.PostJsonAsync(EndpointsPath, changed.ToJsonString(), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "MAC a4:bf:01:00:00:99 of x3000c0s1b0n0 already belongs to x3000c0s9b0n0");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Theory]
    [InlineData(Mac0, Mac0, null)]
    [InlineData(Mac0, "A4-BF-01-00-00-10", null)]
    [InlineData(Mac0, Mac1, Mac0)]
    public async Task Ingest_MacReportedForTwoComponents_Is400NamingItAndStoresNothing(string mac0, string mac1, string? bmcMac)
    {
        using var client = Smd.CreateClient();
        var body = Payload(Bmc, [ComputerSystem("Node0", mac0), ComputerSystem("Node1", mac1)], bmcMac);

        var response = await client.PostJsonAsync(EndpointsPath, body.ToJsonString(), Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "MAC a4:bf:01:00:00:10 is reported for both");
        Assert.Contains(Node0, detail, StringComparison.Ordinal);
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("2")]
    public async Task Post_OtherSchemaVersionSpellings_AreIngested(string version)
    {
        using var client = Smd.CreateClient();
        var body = TwoNodes();
        body["SchemaVersion"] = JsonNode.Parse(version);
        body["UUID"] = "";

        await client.PostEndpointsAsync(body);

        Assert.Equal([Bmc, Node0, Node1], await client.GetComponentEndpointIdsAsync());
        Assert.Null((await client.GetEndpointAsync(Bmc)).Str("UUID"));
    }

    [Theory]
    [InlineData("x1000c0b0", "ChassisBMC")]
    [InlineData("x3000c0r1b0", "RouterBMC")]
    [InlineData("x3000m0", "CabinetPDUController")]
    public async Task Post_SystemsBehindAnotherController_Is400AndStoresNothing(string controller, string type)
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, Payload(controller, [ComputerSystem("Node0")]).ToJsonString(), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest,
            $"{controller} is a {type}: only the Systems of a NodeBMC can be recorded as its nodes");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Theory]
    [InlineData(""" "SchemaVersion":1,"Systems":[{"uri":5}] """, "field 'Systems[0].uri' has the wrong type: expected a string")]
    [InlineData(""" "SchemaVersion":1,"Systems":[{"uri":"/redfish/v1/Systems/1","actions":"On"}] """, "field 'Systems[0].actions' has the wrong type: expected an array")]
    [InlineData(""" "SchemaVersion":1,"Systems":[{"uri":"/redfish/v1/Systems/1","ethernet_interfaces":[{"mac":"a4:bf:01:00:00:10","enabled":"yes"}]}] """, "field 'Systems[0].ethernet_interfaces[0].enabled' has the wrong type: expected true or false")]
    [InlineData(""" "SchemaVersion":1,"Managers":[{"uri":"/redfish/v1/Managers/BMC","type":["BMC"]}] """, "field 'Managers[0].type' has the wrong type: expected a string")]
    [InlineData(""" "SchemaVersion":1,"Systems":{"uri":"/redfish/v1/Systems/1"} """, "field 'Systems' has the wrong type: expected an array")]
    [InlineData(""" "SchemaVersion":1,"Managers":"BMC" """, "field 'Managers' has the wrong type: expected an array")]
    [InlineData(""" "Systems":"Node0" """, "field 'Systems' has the wrong type: expected an array")]
    [InlineData(""" "PDUInventory":[] """, "field 'PDUInventory' has the wrong type: expected an object")]
    public async Task Post_InventoryOfWrongTypes_Is400NamingTheFieldAndStoresNothing(string inventory, string detail)
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, $$"""{"ID":"{{Bmc}}",{{inventory}}}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "couldn't read the discovered inventory: " + detail);
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_SystemsWithoutUriAndNicsWithoutUsableMacs_AreSkipped()
    {
        using var client = Smd.CreateClient();
        var nameless = ComputerSystem("Node9");
        nameless.Remove("uri");
        var body = Payload(Bmc, [nameless, ComputerSystem("Node0", "Not Available"), ComputerSystem("Node1", "...")]);
        body["Systems"]![1]!["ethernet_interfaces"]!.AsArray().Add(Nic("/redfish/v1/Systems/Node0/EthernetInterfaces/2", "", "10.1.0.2"));

        await client.PostEndpointsAsync(body);

        Assert.Equal([Bmc, Node0, Node1], await client.GetComponentEndpointIdsAsync());
        Assert.Empty(await client.GetInterfacesAsync());
    }

    [Fact]
    public async Task Post_NullEntries_AreSkipped()
    {
        using var client = Smd.CreateClient();
        var body = Payload(Bmc, [ComputerSystem("Node0", Mac0)], BmcMac);
        body["Systems"]!.AsArray().Insert(0, null);
        body["Systems"]![1]!["ethernet_interfaces"]!.AsArray().Add(null);
        body["Managers"]![0]!["ethernet_interfaces"]!.AsArray().Insert(0, null);
        body["Managers"]!.AsArray().Add(null);

        await client.PostEndpointsAsync(body);

        Assert.Equal([Bmc, Node0], await client.GetComponentEndpointIdsAsync());
        Assert.Equal(["a4bf01000001", "a4bf01000010"], await client.GetInterfaceIdsAsync());
    }

    [Fact]
    public async Task Post_SystemAtTheManagersPath_Is400AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        var body = Payload(Bmc, [ComputerSystem("Node0")]);
        body["Systems"]![0]!["uri"] = ManagerPath + "/";

        var response = await client.PostJsonAsync(EndpointsPath, body.ToJsonString(), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "/redfish/v1/Managers/BMC is reported both as a System and as the Manager");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_SystemAtThePathOfAnEarlierManager_BecomesANode()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node0")]));
        var body = Payload(Bmc, [ComputerSystem("Node0"), ComputerSystem("Node1")]);
        body["Systems"]![1]!["uri"] = ManagerPath;
        body["Managers"]![0]!["uri"] = "/redfish/v1/Managers/iDRAC";

        await client.PostEndpointsAsync(body, HttpStatusCode.OK);

        Assert.Equal([$"{Bmc} /redfish/v1/Managers/iDRAC", $"{Node0} /redfish/v1/Systems/Node0", $"{Node1} {ManagerPath}"],
            (await client.GetComponentEndpointsAsync()).Select(e => $"{e.Str("ID")} {e.Str("OdataID")}"));
    }

    [Fact]
    public async Task Post_BulkWithDiscoveryBodies_IngestsEach()
    {
        using var client = Smd.CreateClient();
        var body = new JsonObject { ["RedfishEndpoints"] = new JsonArray(TwoNodes(), Payload("x3000c0s2b0", [ComputerSystem("1", "a4:bf:01:00:00:20")])) };

        await client.PostEndpointsAsync(body);

        Assert.Equal([Bmc, Node0, Node1, "x3000c0s2b0", "x3000c0s2b0n0"], await client.GetComponentEndpointIdsAsync());
        Assert.Equal(4, (await client.GetInterfacesAsync()).Length);
    }

    [Fact]
    public async Task Post_BulkWhoseSecondEndpointClaimsTheFirstsMac_Is409AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        var body = new JsonObject { ["RedfishEndpoints"] = new JsonArray(TwoNodes(), Payload("x3000c0s2b0", [ComputerSystem("1", Mac0)])) };

        var response = await client.PostJsonAsync(EndpointsPath, body.ToJsonString(), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "MAC a4:bf:01:00:00:10 of x3000c0s2b0n0 already belongs to x3000c0s1b0n0");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_BulkNamingAnExistingEndpointWithoutInventory_Is409AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync("""{"ID":"x3000c0s2b0"}""");
        var before = await Smd.SnapshotAsync();
        var body = new JsonObject { ["RedfishEndpoints"] = new JsonArray(TwoNodes(), new JsonObject { ["ID"] = "x3000c0s2b0" }) };

        var response = await client.PostJsonAsync(EndpointsPath, body.ToJsonString(), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, "operation would conflict with an existing resource that has the same FQDN or xname ID.");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    /// <summary>A component as <c>ID Type State Flag [Role SubRole NID]</c>.</summary>
    private static string Summary(System.Text.Json.JsonElement c) =>
        c.Str("Type") == "Node"
            ? $"{c.Str("ID")} Node {c.Str("State")} {c.Str("Flag")} {c.Str("Role")} {c.Str("SubRole")} {c.Long("NID")}"
            : $"{c.Str("ID")} {c.Str("Type")} {c.Str("State")} {c.Str("Flag")}";

    private async Task<(long, long, long, long, long)> CountsAsync() =>
        (await Smd.CountRowsAsync("redfish_endpoints"), await Smd.CountRowsAsync("components"), await Smd.CountRowsAsync("component_endpoints"),
         await Smd.CountRowsAsync("ethernet_interfaces"), await Smd.CountRowsAsync("ethernet_interface_ips"));
}
