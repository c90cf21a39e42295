using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>A PDU's outlets as magellan's <c>pdu collect</c> reports them (<c>PDUInventory</c>, JAWS).</summary>
public sealed class PduIngestionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Pdu = "x3000m0";

    /// <summary>The body magellan's <c>pdu collect</c> prints for <paramref name="id"/> (its <c>"Type":"Node"</c> included).</summary>
    private static JsonObject Body(string id = Pdu, string stateA = "On", string stateB = "Off", string suffixB = "p1v12") => new()
    {
        ["ID"] = id,
        ["Type"] = "Node",
        ["FQDN"] = id,
        ["Hostname"] = id,
        ["Enabled"] = true,
        ["RediscoverOnUpdate"] = false,
        ["PDUInventory"] = new JsonObject
        {
            ["Model"] = "PRO2",
            ["Outlets"] = new JsonArray(
                new JsonObject { ["original_id"] = "BA35", ["id_suffix"] = "p0v35", ["name"] = "Link1_Outlet_35", ["state"] = stateA, ["socket_type"] = "C13" },
                new JsonObject { ["original_id"] = "BB12", ["id_suffix"] = suffixB, ["name"] = "Link1_Outlet_12", ["state"] = stateB, ["socket_type"] = "C19" }),
        },
    };

    [Fact]
    public async Task Post_PduInventory_RecordsTheControllerAndAConnectorPerOutlet()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Body());

        Assert.Equal(["x3000m0 CabinetPDUController Ready", "x3000m0p0v35 CabinetPDUPowerConnector On", "x3000m0p1v12 CabinetPDUPowerConnector Off"],
            (await client.GetComponentListAsync(ComponentsPath)).Select(c => $"{c.Str("ID")} {c.Str("Type")} {c.Str("State")}"));
        Assert.Equal("CabinetPDUController", (await client.GetEndpointAsync(Pdu)).Str("Type"));
    }

    [Fact]
    public async Task Post_PduInventory_RecordsJawsComponentEndpoints()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Body());

        var endpoints = await client.GetComponentEndpointsAsync();
        Assert.Equal(
            [
                Compact("""
                {"ID":"x3000m0","Type":"CabinetPDUController","RedfishType":"Manager","RedfishSubtype":"","OdataID":"/jaws","RedfishEndpointID":"x3000m0",
                 "Enabled":true,"RedfishEndpointFQDN":"x3000m0","RedfishURL":"x3000m0/jaws","ComponentEndpointType":"ComponentEndpointManager",
                 "RedfishManagerInfo":{"Name":"JAWS"}}
                """),
                Compact("""
                {"ID":"x3000m0p0v35","Type":"CabinetPDUPowerConnector","RedfishType":"Outlet","RedfishSubtype":"C13","OdataID":"/jaws/monitor/outlets/BA35",
                 "RedfishEndpointID":"x3000m0","Enabled":true,"RedfishEndpointFQDN":"x3000m0","RedfishURL":"x3000m0/jaws/monitor/outlets/BA35",
                 "ComponentEndpointType":"ComponentEndpointOutlet",
                 "RedfishOutletInfo":{"Name":"Link1_Outlet_35","Actions":{"#Outlet.PowerControl":{"PowerState@Redfish.AllowableValues":["On","Off"],"target":"/jaws/control/outlets/BA35"}}}}
                """),
            ],
            endpoints.Take(2).Select(e => Compact(e.GetRawText())));
        Assert.Equal("x3000m0p1v12 /jaws/monitor/outlets/BB12 C19", $"{endpoints[2].Str("ID")} {endpoints[2].Str("OdataID")} {endpoints[2].Str("RedfishSubtype")}");
    }

    [Fact]
    public async Task Post_PduAgain_Is200AndFollowsTheOutletStates()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Body());
        var first = await Smd.SnapshotAsync();
        await client.PostEndpointsAsync(Body(), HttpStatusCode.OK);
        var again = await Smd.SnapshotAsync();

        await client.PutEndpointAsync(Pdu, Body(stateA: "Off", stateB: "On"));

        Assert.Equal(first, again);
        Assert.Equal(["Ready", "Off", "On"], (await client.GetComponentListAsync(ComponentsPath)).Select(c => c.Str("State")));
    }

    [Theory]
    [InlineData("x3000c0s1b0", "p1v12", "x3000c0s1b0 is a NodeBMC: PDU outlets need a CabinetPDUController xname")]
    [InlineData(Pdu, "n0", "outlet id_suffix 'n0' does not make a CabinetPDUPowerConnector xname under x3000m0")]
    public async Task Post_OutletsThatAreNotPduOutlets_Is400AndStoresNothing(string id, string suffix, string detail)
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, Body(id, suffixB: suffix).ToJsonString(), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_NullOutlet_IsSkipped()
    {
        using var client = Smd.CreateClient();
        var body = Body();
        body["PDUInventory"]!["Outlets"]!.AsArray().Insert(0, null);

        await client.PostEndpointsAsync(body);

        Assert.Equal(["x3000m0", "x3000m0p0v35", "x3000m0p1v12"], await client.GetComponentEndpointIdsAsync());
    }

    [Fact]
    public async Task Post_OutletOfWrongType_Is400NamingTheField()
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, """{"ID":"x3000m0","PDUInventory":{"Outlets":[{"id_suffix":35}]}}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest,
            "couldn't read the discovered inventory: field 'PDUInventory.Outlets[0].id_suffix' has the wrong type: expected a string");
        Assert.Equal("", await Smd.SnapshotAsync());
    }
}
