using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary>DELETE of one or all Redfish endpoints, and what goes with them: component and service endpoints, nothing else.</summary>
public sealed class RedfishEndpointDeleteTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s19b1", Other = "x3000c0s20b1";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node0", "a4:bf:01:00:00:10", "10.1.0.10"), ComputerSystem("Node1")], "a4:bf:01:00:00:01", "10.0.0.1"));
        await client.PostEndpointsAsync(Payload(Other, [ComputerSystem("1", "a4:bf:01:00:00:20")]));
        await Smd.ExecuteSqlAsync(
            """
            INSERT INTO smd.service_endpoints (redfish_endpoint_id, redfish_type, odata_id)
            VALUES ('x3000c0s19b1', 'UpdateService', '/redfish/v1/UpdateService'), ('x3000c0s19b1', 'EventService', '/redfish/v1/EventService'),
                   ('x3000c0s20b1', 'UpdateService', '/redfish/v1/UpdateService')
            """);
    }

    [Fact]
    public async Task Delete_Endpoint_TakesItsComponentAndServiceEndpointsButNotItsComponentsOrInterfaces()
    {
        using var client = Smd.CreateClient();
        var components = await client.GetComponentListAsync(ComponentsPath);
        var interfaces = await Smd.QueryScalarAsync<string>("SELECT string_agg(id || component_id, ',' ORDER BY id) FROM smd.ethernet_interfaces");

        using var response = await client.DeleteAsync($"{EndpointsPath}/{Bmc}", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("""{"code":0,"message":"deleted 1 entry"}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal([Other], await client.GetEndpointIdsAsync());
        Assert.Equal([Other, $"{Other}n0"], await client.GetComponentEndpointIdsAsync());
        Assert.Equal(Other, await Smd.QueryScalarAsync<string>("SELECT string_agg(DISTINCT redfish_endpoint_id, ',') FROM smd.service_endpoints"));
        Assert.Equal(
            components.Select(c => c.GetRawText()),
            (await client.GetComponentListAsync(ComponentsPath)).Select(c => c.GetRawText()));
        Assert.Equal(interfaces, await Smd.QueryScalarAsync<string>("SELECT string_agg(id || component_id, ',' ORDER BY id) FROM smd.ethernet_interfaces"));
    }

    [Fact]
    public async Task Delete_SameEndpointTwice_IsThen404()
    {
        using var client = Smd.CreateClient();

        await client.DeleteTwiceAsync($"{EndpointsPath}/{Bmc.ToUpperInvariant()}", "deleted 1 entry", "no such xname.");

        Assert.Equal([Other], await client.GetEndpointIdsAsync());
    }

    [Fact]
    public async Task Delete_InvalidXname_Is400()
    {
        using var client = Smd.CreateClient();

        var response = await client.DeleteAsync($"{EndpointsPath}/foo", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid xname");
        Assert.Equal(2L, await Smd.CountRowsAsync("redfish_endpoints"));
    }

    [Fact]
    public async Task DeleteAll_CountsTheEndpointsThenIs404()
    {
        using var client = Smd.CreateClient();

        await client.DeleteTwiceAsync(EndpointsPath, "deleted 2 entries", "no entries to delete");

        Assert.Equal((0L, 0L, 5L, 3L),
            (await Smd.CountRowsAsync("component_endpoints"), await Smd.CountRowsAsync("service_endpoints"),
             await Smd.CountRowsAsync("components"), await Smd.CountRowsAsync("ethernet_interfaces")));
    }
}
