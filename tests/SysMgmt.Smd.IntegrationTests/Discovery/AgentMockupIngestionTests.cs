using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// Ingestion of the bodies sysmgmt's agent sends for every Redfish mockup in <c>../shared/redfish-mockups</c>:
/// magellan's Systems and Managers plus the <c>Chassis</c>, the <c>Services</c> and the <c>RedfishVersion</c>.
/// </summary>
public sealed class AgentMockupIngestionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x1000c0s0b0", Cmm = "x1000c0b0";
    private const string DmtfServices = "AccountService,CertificateService,EventService,SessionService,TaskService,UpdateService";

    /// <summary>
    /// Per mockup: the BMC xname, the Redfish version, the chassis that are components (<c>xname type state
    /// subtype path</c>) and the services recorded.
    /// </summary>
    public static TheoryData<string, string, string, string, string> Mockups => new()
    {
        { "dmtf-public-rackmount1", Bmc, "1.15.0", "x1000c0s0e0 NodeEnclosure On RackMount /redfish/v1/Chassis/1U", "AccountService,CertificateService,EventService,KeyService,SessionService,TaskService,UpdateService" },
        // The enclosure's blades are contained chassis: only the enclosure is a component.
        { "dmtf-public-bladed", Bmc, "1.15.0", "x1000c0s0e0 NodeEnclosure On Enclosure /redfish/v1/Chassis/MultiBladeEncl", "AccountService,EventService,SessionService,TaskService" },
        { "dmtf-public-tower", Bmc, "1.15.0", "x1000c0s0e0 NodeEnclosure On StandAlone /redfish/v1/Chassis/Tower", DmtfServices },
        // Its top-level chassis answer error bodies; the readable ones are contained FRU cards.
        { "csm-rie-Intel", Bmc, "1.1.0", "", "AccountService,EventService,SessionService,UpdateService" },
        { "csm-rie-OpenBMC-stock", Bmc, "1.17.0", "x1000c0s0e0 NodeEnclosure Off RackMount /redfish/v1/Chassis/chassis", DmtfServices.Replace("TaskService", "TaskService,TelemetryService", StringComparison.Ordinal) },
        {
            "csm-rie-CMM", Cmm, "1.2.0",
            string.Join("|", [
                "x1000c0 Chassis On Enclosure /redfish/v1/Chassis/Enclosure",
                .. Enumerable.Range(0, 8).Select(i => $"x1000c0r{i} RouterModule {(i % 2 == 0 ? "Off" : "On")} Blade /redfish/v1/Chassis/Perif{i}"),
                .. Enumerable.Range(0, 8).Select(i => $"x1000c0s{i} ComputeModule On Blade /redfish/v1/Chassis/Blade{i}")]),
            DmtfServices
        },
        // Node0, Node1 (Blade) and Mezz0 (Card) are not components; the enclosure reports no power state.
        { "csm-rie-EX425", Bmc, "1.2.0", "x1000c0s0e0 NodeEnclosure Populated Enclosure /redfish/v1/Chassis/Enclosure", DmtfServices },
    };

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Post_AgentMockup_RecordsItsChassisServicesAndRedfishVersion(string mockup, string bmc, string version, string chassis, string services)
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(MockupPayloadBuilder.For(mockup).AgentPayload(bmc, fqdn: "bmc.example"));

        var states = (await client.GetComponentListAsync(ComponentsPath)).ToDictionary(c => c.Str("ID")!, c => $"{c.Str("Type")} {c.Str("State")}");
        var located = await client.GetComponentEndpointsAsync("redfish_type=Chassis");
        Assert.Equal(chassis, string.Join("|", located.Select(c => $"{c.Str("ID")} {states[c.Str("ID")!]} {c.Str("RedfishSubtype")} {c.Str("OdataID")}")));
        Assert.All(located, c => Assert.Equal(["Chassis", "ComponentEndpointChassis", bmc, "bmc.example" + c.Str("OdataID")],
            c.Fields("RedfishType", "ComponentEndpointType", "RedfishEndpointID", "RedfishURL")));
        var recorded = Items(await client.GetJsonAsync($"{ServiceEndpointsPath}?redfish_ep={bmc}"), "ServiceEndpoints");
        Assert.Equal(services, string.Join(",", recorded.Select(s => s.Str("RedfishType"))));
        Assert.Equal(version, (await client.GetEndpointAsync(bmc)).GetProperty("DiscoveryInfo").Str("RedfishVersion"));
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task PostAndPut_AgentMockupAgain_ChangeNothing(string mockup, string bmc, string version, string chassis, string services)
    {
        using var client = Smd.CreateClient();
        var payload = MockupPayloadBuilder.For(mockup).AgentPayload(bmc);
        await client.PostEndpointsAsync(payload);
        var first = await Smd.SnapshotAsync();

        await client.PostEndpointsAsync(payload, HttpStatusCode.OK);
        Assert.Equal(first, await Smd.SnapshotAsync());
        await client.PutEndpointAsync(bmc, payload);
        Assert.Equal(first, await Smd.SnapshotAsync());

        Assert.Contains($"\"redfish_version\": \"{version}\"", first, StringComparison.Ordinal);
        Assert.Equal(chassis.Length == 0 ? 0 : chassis.Split('|').Length, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.component_endpoints WHERE redfish_type = 'Chassis'"));
        Assert.Equal(services.Split(',').Length, await Smd.CountRowsAsync("service_endpoints"));
    }

    [Fact]
    public async Task Post_AgentMockup_ServiceInfoIsTheServicesResource()
    {
        using var client = Smd.CreateClient();
        var builder = MockupPayloadBuilder.For("dmtf-public-rackmount1");

        await client.PostEndpointsAsync(builder.AgentPayload(Bmc, fqdn: "10.1.0.5"));

        var update = await client.GetJsonAsync($"{ServiceEndpointsPath}/UpdateService/RedfishEndpoints/{Bmc}");
        Assert.Equal([Bmc, "UpdateService", "/redfish/v1/UpdateService", "10.1.0.5", "10.1.0.5/redfish/v1/UpdateService"],
            update.Fields("RedfishEndpointID", "RedfishType", "OdataID", "RedfishEndpointFQDN", "RedfishURL"));
        Assert.True(JsonNode.DeepEquals(builder.Resource("/redfish/v1/UpdateService"), JsonNode.Parse(update.GetProperty("ServiceInfo").GetRawText())));
    }

    [Theory]
    [InlineData("csm-rie-CMM", Cmm, "x1000c0s0",
        """{"Name":"Blade0","Actions":{"#Chassis.Reset":{"ResetType@Redfish.AllowableValues":["On","ForceOff","Off"],"@Redfish.ActionInfo":"/redfish/v1/Chassis/Blade0/ResetActionInfo","target":"/redfish/v1/Chassis/Blade0/Actions/Chassis.Reset"}}}""")]
    // The allowable values come from the action's ActionInfo.
    [InlineData("csm-rie-OpenBMC-stock", Bmc, "x1000c0s0e0",
        """{"Name":"chassis","Actions":{"#Chassis.Reset":{"ResetType@Redfish.AllowableValues":["PowerCycle"],"@Redfish.ActionInfo":"/redfish/v1/Chassis/chassis/ResetActionInfo","target":"/redfish/v1/Chassis/chassis/Actions/Chassis.Reset"}}}""")]
    // No Chassis.Reset: no Actions, as in the anchors.
    [InlineData("csm-rie-EX425", Bmc, "x1000c0s0e0", """{"Name":"Enclosure"}""")]
    public async Task Get_ChassisComponentEndpoint_HasRedfishChassisInfoOnly(string mockup, string bmc, string xname, string info)
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(MockupPayloadBuilder.For(mockup).AgentPayload(bmc));

        var endpoint = await client.GetComponentEndpointAsync(xname);

        Assert.Equal(info, endpoint.GetProperty("RedfishChassisInfo").GetRawText());
        Assert.DoesNotContain(Keys(endpoint), key => key is "RedfishSystemInfo" or "RedfishManagerInfo");
        var listed = Assert.Single(await client.GetComponentEndpointsAsync($"id={xname}"));
        Assert.Equal(JsonValueKind.Object, listed.GetProperty("RedfishChassisInfo").ValueKind);
    }

    [Fact]
    public async Task Post_CmmThenItsBladesBmcs_KeepEachEndpointsComponentsApart()
    {
        using var client = Smd.CreateClient();

        var secondCard = MockupPayloadBuilder.For("csm-rie-EX425").AgentPayload("x1000c0s3b1");
        foreach (var system in secondCard["Systems"]!.AsArray())
        {
            // The mockup's MACs belong to the first card.
            system!["ethernet_interfaces"] = new JsonArray();
        }

        await client.PostEndpointsAsync(MockupPayloadBuilder.For("csm-rie-CMM").AgentPayload(Cmm));
        await client.PostEndpointsAsync(MockupPayloadBuilder.For("csm-rie-EX425").AgentPayload("x1000c0s3b0"));
        await client.PostEndpointsAsync(secondCard);

        // The blade's slot belongs to the CMM; each node card's BMC has its own enclosure, numbered after it.
        Assert.Equal([Cmm, "x1000c0s3b0", "x1000c0s3b1"],
            (await client.GetComponentEndpointsAsync("id=x1000c0s3&id=x1000c0s3e0&id=x1000c0s3e1")).Select(c => c.Str("RedfishEndpointID")));
    }
}
