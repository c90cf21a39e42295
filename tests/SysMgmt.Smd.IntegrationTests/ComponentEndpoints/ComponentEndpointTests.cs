using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.ComponentEndpoints;

/// <summary>
/// <c>/Inventory/ComponentEndpoints</c>: the list and its filters, one by xname, the fields derived from the
/// Redfish endpoint, and DELETE (which leaves the components alone).
/// </summary>
public sealed class ComponentEndpointTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string All = "x1000c0b0,x3000c0s1b0,x3000c0s1b0n0,x3000c0s1b0n1,x3000m0,x3000m0p0v35";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        var blade = Payload("x3000c0s1b0", [ComputerSystem("Node0"), ComputerSystem("Node1")]);
        blade["FQDN"] = "bmc1.mgmt";
        await client.PostEndpointsAsync(blade);
        await client.PostEndpointsAsync(Payload("x1000c0b0", []));
        await client.PostEndpointsAsync(new JsonObject
        {
            ["ID"] = "x3000m0",
            ["PDUInventory"] = new JsonObject
            {
                ["Outlets"] = new JsonArray(new JsonObject { ["original_id"] = "BA35", ["id_suffix"] = "p0v35", ["state"] = "On", ["socket_type"] = "C13" }),
            },
        });
    }

    [Theory]
    [InlineData("", All)]
    [InlineData("id=x3000c0s1b0n1", "x3000c0s1b0n1")]
    [InlineData("id=X3000C0S01B0N0&id=x3000m0", "x3000c0s1b0n0,x3000m0")]
    [InlineData("id=!x3000c0s1b0n1&id=!x3000m0", "x1000c0b0,x3000c0s1b0,x3000c0s1b0n0,x3000m0p0v35")]
    [InlineData("redfish_ep=x3000c0s1b0", "x3000c0s1b0,x3000c0s1b0n0,x3000c0s1b0n1")]
    [InlineData("redfish_ep=x3000m0&redfish_ep=x1000c0b0", "x1000c0b0,x3000m0,x3000m0p0v35")]
    [InlineData("redfish_ep=!x3000c0s1b0", "x1000c0b0,x3000m0,x3000m0p0v35")]
    [InlineData("type=Node", "x3000c0s1b0n0,x3000c0s1b0n1")]
    [InlineData("type=nodebmc&type=ChassisBMC", "x1000c0b0,x3000c0s1b0")]
    [InlineData("type=!Node&type=!CabinetPDUPowerConnector", "x1000c0b0,x3000c0s1b0,x3000m0")]
    [InlineData("redfish_type=ComputerSystem", "x3000c0s1b0n0,x3000c0s1b0n1")]
    [InlineData("redfish_type=Manager", "x1000c0b0,x3000c0s1b0,x3000m0")]
    [InlineData("redfish_type=Outlet", "x3000m0p0v35")]
    [InlineData("redfish_type=!Manager&redfish_type=!Outlet", "x3000c0s1b0n0,x3000c0s1b0n1")]
    [InlineData("redfish_type=Physical", "")]
    [InlineData("Redfish_EP=x3000c0s1b0&TYPE=NodeBMC", "x3000c0s1b0")]
    [InlineData("unknown=1", All)]
    public async Task List_Filter_AnswersTheMatchingComponentEndpoints(string query, string expected)
    {
        using var client = Smd.CreateClient();

        var ids = await client.GetComponentEndpointIdsAsync(query);

        Assert.Equal(expected, string.Join(",", ids));
    }

    [Theory]
    [InlineData("id=foo", "foo")]
    [InlineData("redfish_ep=x9999999c7s9b9", "x9999999c7s9b9")]
    [InlineData("type=foo", "'foo' is not a valid HMS Type")]
    [InlineData("redfish_type=Computer-System", "'Computer-System' is not a valid Redfish type")]
    public async Task List_InvalidFilter_Is400NamingTheValue(string query, string fragment)
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{ComponentEndpointsPath}?{query}", Ct);

        Assert.StartsWith("bad query param: ", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, fragment), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ComponentEndpoint_DerivesEnabledFqdnAndUrlFromItsRedfishEndpoint()
    {
        using var client = Smd.CreateClient();

        var node = await client.GetComponentEndpointAsync("X3000C0S1B0N1");

        Assert.Equal(
            ["ID", "Type", "RedfishType", "RedfishSubtype", "OdataID", "RedfishEndpointID", "Enabled", "RedfishEndpointFQDN", "RedfishURL", "ComponentEndpointType", "RedfishSystemInfo"],
            node.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["x3000c0s1b0n1", "Node", "ComputerSystem", "Physical", "/redfish/v1/Systems/Node1", "x3000c0s1b0", "bmc1.mgmt", "bmc1.mgmt/redfish/v1/Systems/Node1"],
            node.Fields("ID", "Type", "RedfishType", "RedfishSubtype", "OdataID", "RedfishEndpointID", "RedfishEndpointFQDN", "RedfishURL"));
        Assert.True(node.GetProperty("Enabled").GetBoolean());
    }

    [Fact]
    public async Task Get_AfterTheRedfishEndpointChanged_FollowsIt()
    {
        using var client = Smd.CreateClient();
        using var patch = await client.PatchJsonAsync($"{EndpointsPath}/x3000c0s1b0", """{"Enabled":false,"Hostname":"blade1","Domain":"hmn"}""", Ct);
        await AssertStatusAsync(patch, HttpStatusCode.OK);

        var endpoints = await client.GetComponentEndpointsAsync("redfish_ep=x3000c0s1b0");

        Assert.All(endpoints, e => Assert.False(e.GetProperty("Enabled").GetBoolean()));
        Assert.All(endpoints, e => Assert.Equal(["blade1.hmn", $"blade1.hmn{e.Str("OdataID")}"], e.Fields("RedfishEndpointFQDN", "RedfishURL")));
    }

    [Fact]
    public async Task Get_UnknownXname_Is404()
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{ComponentEndpointsPath}/x9999c7s9b9", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such xname.");
    }

    [Theory]
    [InlineData("x9999999c7s9b9")]
    [InlineData("1")]
    [InlineData("FAKE")]
    public async Task GetOrDelete_InvalidXname_Is400(string xname)
    {
        using var client = Smd.CreateClient();

        var get = await client.GetAsync($"{ComponentEndpointsPath}/{xname}", Ct);
        var delete = await client.DeleteAsync($"{ComponentEndpointsPath}/{xname}", Ct);

        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.BadRequest, "Argument was not a valid xname ID");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.BadRequest, "Argument was not a valid xname ID");
        Assert.Equal(6L, await Smd.CountRowsAsync("component_endpoints"));
    }

    [Fact]
    public async Task Delete_ComponentEndpoint_LeavesItsComponentAndIsThen404()
    {
        using var client = Smd.CreateClient();
        var component = (await client.GetComponentAsync("x3000c0s1b0n0")).GetRawText();

        await client.DeleteTwiceAsync($"{ComponentEndpointsPath}/x3000c0s1b0n0", "deleted 1 entry", "no such xname.");

        await ProblemAssert.HasProblemAsync(await client.GetAsync($"{ComponentEndpointsPath}/x3000c0s1b0n0", Ct), HttpStatusCode.NotFound, "no such xname.");
        Assert.Equal(component, (await client.GetComponentAsync("x3000c0s1b0n0")).GetRawText());
    }

    [Fact]
    public async Task DeleteAll_CountsThemThenIs404AndLeavesEndpointsAndComponents()
    {
        using var client = Smd.CreateClient();

        await client.DeleteTwiceAsync(ComponentEndpointsPath, "deleted 6 entries", "no entries to delete");

        Assert.Equal((3L, 6L), (await Smd.CountRowsAsync("redfish_endpoints"), await Smd.CountRowsAsync("components")));
        Assert.Equal("""{"ComponentEndpoints":[]}""", (await client.GetJsonAsync(ComponentEndpointsPath)).GetRawText());
    }

    [Fact]
    public async Task Reingestion_RestoresDeletedComponentEndpoints()
    {
        using var client = Smd.CreateClient();
        (await client.DeleteAsync(ComponentEndpointsPath, Ct)).Dispose();
        var blade = Payload("x3000c0s1b0", [ComputerSystem("Node1"), ComputerSystem("Node0")]);
        blade["FQDN"] = "bmc1.mgmt";

        await client.PostEndpointsAsync(blade, HttpStatusCode.OK);

        Assert.Equal("x3000c0s1b0,x3000c0s1b0n0,x3000c0s1b0n1", string.Join(",", await client.GetComponentEndpointIdsAsync()));
        Assert.Equal("/redfish/v1/Systems/Node0", (await client.GetComponentEndpointAsync("x3000c0s1b0n0")).Str("OdataID"));
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("PUT", "/x3000c0s1b0n0")]
    [InlineData("PATCH", "/x3000c0s1b0n0")]
    public async Task Write_IsNotAllowed(string method, string path)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(new HttpMethod(method), ComponentEndpointsPath + path, "{}", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
