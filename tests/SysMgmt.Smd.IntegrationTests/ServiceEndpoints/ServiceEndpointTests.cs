using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.ServiceEndpoints;

/// <summary>
/// <c>/Inventory/ServiceEndpoints</c>: the list and its filters, by service, one by service and endpoint, and
/// deletes. Only SMD's own Redfish discovery writes them, so the tests seed the rows in the database.
/// </summary>
public sealed class ServiceEndpointTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string NoSuchService = "no such service under redfish endpoint.";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0","FQDN":"bmc1.mgmt"},{"ID":"x3000c0s2b0"}]}""");
        await Smd.ExecuteSqlAsync(
            """
            INSERT INTO smd.service_endpoints (redfish_endpoint_id, redfish_type, redfish_subtype, uuid, odata_id, service_info) VALUES
                ('x3000c0s1b0', 'UpdateService', '', 'f1b0c3a2-0000-4000-8000-000000000001', '/redfish/v1/UpdateService',
                 '{"@odata.id":"/redfish/v1/UpdateService","ServiceEnabled":true,"FirmwareInventory":{"@odata.id":"/redfish/v1/UpdateService/FirmwareInventory"}}'),
                ('x3000c0s1b0', 'EventService', 'Redfish', '', '/redfish/v1/EventService', NULL),
                ('x3000c0s2b0', 'UpdateService', '', '', '/redfish/v1/UpdateService', '{}')
            """);
    }

    [Fact]
    public async Task List_All_AnswersEveryServiceWithItsEndpointsAddress()
    {
        using var client = Smd.CreateClient();

        var services = Items(await client.GetJsonAsync(ServiceEndpointsPath), "ServiceEndpoints");

        Assert.Equal(
            [
                Compact("""
                {"RedfishEndpointID":"x3000c0s1b0","RedfishType":"EventService","RedfishSubtype":"Redfish","UUID":"","OdataID":"/redfish/v1/EventService",
                 "RedfishEndpointFQDN":"bmc1.mgmt","RedfishURL":"bmc1.mgmt/redfish/v1/EventService"}
                """),
                Compact("""
                {"RedfishEndpointID":"x3000c0s1b0","RedfishType":"UpdateService","UUID":"f1b0c3a2-0000-4000-8000-000000000001","OdataID":"/redfish/v1/UpdateService",
                 "RedfishEndpointFQDN":"bmc1.mgmt","RedfishURL":"bmc1.mgmt/redfish/v1/UpdateService",
                 "ServiceInfo":{"@odata.id":"/redfish/v1/UpdateService","ServiceEnabled":true,"FirmwareInventory":{"@odata.id":"/redfish/v1/UpdateService/FirmwareInventory"}}}
                """),
                Compact("""
                {"RedfishEndpointID":"x3000c0s2b0","RedfishType":"UpdateService","UUID":"","OdataID":"/redfish/v1/UpdateService",
                 "RedfishEndpointFQDN":"x3000c0s2b0","RedfishURL":"x3000c0s2b0/redfish/v1/UpdateService","ServiceInfo":{}}
                """),
            ],
            services.Select(s => s.GetRawText()));
    }

    [Theory]
    [InlineData("", "x3000c0s1b0 EventService,x3000c0s1b0 UpdateService,x3000c0s2b0 UpdateService")]
    [InlineData("redfish_ep=x3000c0s1b0", "x3000c0s1b0 EventService,x3000c0s1b0 UpdateService")]
    [InlineData("redfish_ep=X3000C0S02B0&redfish_ep=x3000c0s1b0", "x3000c0s1b0 EventService,x3000c0s1b0 UpdateService,x3000c0s2b0 UpdateService")]
    [InlineData("redfish_ep=!x3000c0s1b0", "x3000c0s2b0 UpdateService")]
    [InlineData("service=UpdateService", "x3000c0s1b0 UpdateService,x3000c0s2b0 UpdateService")]
    [InlineData("service=!UpdateService", "x3000c0s1b0 EventService")]
    [InlineData("service=UpdateService&redfish_ep=x3000c0s2b0", "x3000c0s2b0 UpdateService")]
    [InlineData("service=TaskService", "")]
    public async Task List_Filter_AnswersTheMatchingServices(string query, string expected)
    {
        using var client = Smd.CreateClient();

        var services = Items(await client.GetJsonAsync($"{ServiceEndpointsPath}?{query}"), "ServiceEndpoints");

        Assert.Equal(expected, string.Join(",", services.Select(Key)));
    }

    [Theory]
    [InlineData("UpdateService", "", "x3000c0s1b0 UpdateService,x3000c0s2b0 UpdateService")]
    [InlineData("UpdateService", "redfish_ep=x3000c0s2b0", "x3000c0s2b0 UpdateService")]
    [InlineData("EventService", "redfish_ep=!x3000c0s1b0", "")]
    [InlineData("TaskService", "", "")]
    public async Task ListByService_AnswersThatServiceOfEachEndpoint(string service, string query, string expected)
    {
        using var client = Smd.CreateClient();

        var services = Items(await client.GetJsonAsync($"{ServiceEndpointsPath}/{service}?{query}"), "ServiceEndpoints");

        Assert.Equal(expected, string.Join(",", services.Select(Key)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/UpdateService")]
    public async Task List_InvalidEndpointFilter_Is400(string path)
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{ServiceEndpointsPath}{path}?redfish_ep=foo", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "foo");
    }

    [Fact]
    public async Task Get_ServiceOfEndpoint_AnswersIt()
    {
        using var client = Smd.CreateClient();

        var service = await client.GetJsonAsync($"{ServiceEndpointsPath}/EventService/RedfishEndpoints/X3000C0S1B0");

        Assert.Equal("x3000c0s1b0 EventService", Key(service));
    }

    [Theory]
    [InlineData("TaskService", "x3000c0s1b0")]
    [InlineData("EventService", "x3000c0s2b0")]
    [InlineData("UpdateService", "x9999c7s9b9")]
    public async Task Get_MissingService_Is404(string service, string xname)
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{ServiceEndpointsPath}/{service}/RedfishEndpoints/{xname}", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, NoSuchService);
    }

    [Fact]
    public async Task Get_InvalidXname_Is400()
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{ServiceEndpointsPath}/UpdateService/RedfishEndpoints/FAKE", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Argument was not a valid xname ID");
    }

    [Fact]
    public async Task Delete_ServiceOfEndpoint_RemovesOnlyItThenIs404()
    {
        using var client = Smd.CreateClient();

        await client.DeleteTwiceAsync($"{ServiceEndpointsPath}/UpdateService/RedfishEndpoints/x3000c0s1b0", "deleted 1 entry", NoSuchService);

        await ProblemAssert.HasProblemAsync(await client.GetAsync($"{ServiceEndpointsPath}/UpdateService/RedfishEndpoints/x3000c0s1b0", Ct), HttpStatusCode.NotFound, NoSuchService);
        Assert.Equal("x3000c0s1b0 EventService,x3000c0s2b0 UpdateService",
            string.Join(",", Items(await client.GetJsonAsync(ServiceEndpointsPath), "ServiceEndpoints").Select(Key)));
    }

    [Fact]
    public async Task Delete_InvalidXname_Is404()
    {
        using var client = Smd.CreateClient();

        var response = await client.DeleteAsync($"{ServiceEndpointsPath}/UpdateService/RedfishEndpoints/FAKE", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, NoSuchService);
        Assert.Equal(3L, await Smd.CountRowsAsync("service_endpoints"));
    }

    [Fact]
    public async Task DeleteAll_CountsThemThenIs404()
    {
        using var client = Smd.CreateClient();

        await client.DeleteTwiceAsync(ServiceEndpointsPath, "deleted 3 entries", "no entries to delete");

        Assert.Equal(2L, await Smd.CountRowsAsync("redfish_endpoints"));
    }

    [Fact]
    public async Task DeleteOfTheRedfishEndpoint_TakesItsServices()
    {
        using var client = Smd.CreateClient();

        (await client.DeleteAsync($"{EndpointsPath}/x3000c0s1b0", Ct)).Dispose();

        Assert.Equal("x3000c0s2b0 UpdateService", string.Join(",", Items(await client.GetJsonAsync(ServiceEndpointsPath), "ServiceEndpoints").Select(Key)));
    }

    private static string Key(System.Text.Json.JsonElement service) => $"{service.Str("RedfishEndpointID")} {service.Str("RedfishType")}";
}
