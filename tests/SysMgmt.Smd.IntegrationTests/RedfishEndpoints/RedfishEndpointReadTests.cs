using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary><c>GET /Inventory/RedfishEndpoints</c> with every filter, <c>GET /{xname}</c> and <c>GET /Query/{xname}</c>.</summary>
public sealed class RedfishEndpointReadTests(SmdFixture smd) : SmdTestBase(smd)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(
            """
            {"RedfishEndpoints":[
              {"ID":"x3000c0s1b0","FQDN":"10.254.1.1","UUID":"uuid-1","MACAddr":"a4:bf:01:00:00:01"},
              {"ID":"x3000c0s2b0","Hostname":"bmc2","Domain":"mgmt","UUID":"uuid-2","MACAddr":"a4:bf:01:00:00:02","IPAddress":"10.254.1.2"},
              {"ID":"x3000c0r1b0","IPAddress":"10.254.1.3"},
              {"ID":"x1000c0b0"},
              {"ID":"x1000c0s0b0"},
              {"ID":"x3000m0","FQDN":"pdu0.mgmt"}]}
            """);
        await Smd.ExecuteSqlAsync("UPDATE smd.redfish_endpoints SET last_discovery_status = 'DiscoverOK' WHERE id IN ('x3000c0s1b0', 'x1000c0s0b0')");
    }

    [Theory]
    [InlineData("", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s1b0,x3000c0s2b0,x3000m0")]
    [InlineData("id=x3000c0s1b0", "x3000c0s1b0")]
    [InlineData("id=X3000C0S01B0&id=x1000c0b0", "x1000c0b0,x3000c0s1b0")]
    [InlineData("id=!x3000c0s1b0&id=!x3000m0", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s2b0")]
    [InlineData("fqdn=bmc2.mgmt", "x3000c0s2b0")]
    [InlineData("fqdn=BMC2.Mgmt&fqdn=10.254.1.1", "x3000c0s1b0,x3000c0s2b0")]
    [InlineData("fqdn=bmc2", "")]
    [InlineData("type=NodeBMC", "x1000c0s0b0,x3000c0s1b0,x3000c0s2b0")]
    [InlineData("type=chassisbmc&type=RouterBMC", "x1000c0b0,x3000c0r1b0")]
    [InlineData("type=!NodeBMC", "x1000c0b0,x3000c0r1b0,x3000m0")]
    [InlineData("uuid=uuid-2", "x3000c0s2b0")]
    [InlineData("uuid=UUID-2", "")]
    [InlineData("macaddr=A4-BF-01-00-00-01", "x3000c0s1b0")]
    [InlineData("macaddr=!a4bf01000001", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s2b0,x3000m0")]
    [InlineData("ipaddress=10.254.1.2&ipaddress=10.254.1.3", "x3000c0r1b0,x3000c0s2b0")]
    [InlineData("laststatus=DiscoverOK", "x1000c0s0b0,x3000c0s1b0")]
    [InlineData("laststatus=NotYetQueried&type=NodeBMC", "x3000c0s2b0")]
    [InlineData("LastStatus=!NotYetQueried&ID=!x1000c0s0b0", "x3000c0s1b0")]
    [InlineData("unknown=1", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s1b0,x3000c0s2b0,x3000m0")]
    public async Task List_Filter_AnswersTheMatchingEndpoints(string query, string expected)
    {
        using var client = Smd.CreateClient();

        var ids = await client.GetEndpointIdsAsync(query);

        Assert.Equal(expected, string.Join(",", ids));
    }

    [Theory]
    [InlineData("id=foo", "foo")]
    [InlineData("type=foo", "'foo' is not a valid HMS Type")]
    [InlineData("macaddr=zz", "macaddr 'zz'")]
    [InlineData("ipaddress=10.0.0.999", "ipaddress '10.0.0.999'")]
    [InlineData("id=x3000c0s1b0&type=NodeBMC&type=bar", "'bar' is not a valid HMS Type")]
    public async Task List_InvalidFilter_Is400NamingTheValue(string query, string fragment)
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{EndpointsPath}?{query}", Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, fragment);
        Assert.StartsWith("bad query param: ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NoEndpoints_IsAnEmptyEnvelope()
    {
        await Smd.ResetAsync();
        using var client = Smd.CreateClient();

        var body = await client.GetJsonAsync(EndpointsPath);

        Assert.Equal("""{"RedfishEndpoints":[]}""", body.GetRawText());
    }

    [Theory]
    [InlineData("x3000c0s2b0")]
    [InlineData("X3000C0S02B0")]
    public async Task Get_ExistingXname_AnswersTheEndpoint(string xname)
    {
        using var client = Smd.CreateClient();

        var endpoint = await client.GetEndpointAsync(xname);

        Assert.Equal(["x3000c0s2b0", "NodeBMC", "bmc2", "mgmt", "bmc2.mgmt", "uuid-2", "a4:bf:01:00:00:02", "10.254.1.2"],
            endpoint.Fields("ID", "Type", "Hostname", "Domain", "FQDN", "UUID", "MACAddr", "IPAddress"));
    }

    [Fact]
    public async Task Get_UnknownXname_Is404()
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{EndpointsPath}/x9999c7s99b91", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such xname.");
    }

    [Fact]
    public async Task Get_InvalidXname_Is400()
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{EndpointsPath}/foo", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid xname");
    }

    [Theory]
    [InlineData("s0", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s1b0,x3000c0s2b0,x3000m0")]
    [InlineData("all", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s1b0,x3000c0s2b0,x3000m0")]
    [InlineData("ALL", "x1000c0b0,x1000c0s0b0,x3000c0r1b0,x3000c0s1b0,x3000c0s2b0,x3000m0")]
    [InlineData("x3000", "x3000c0r1b0,x3000c0s1b0,x3000c0s2b0,x3000m0")]
    [InlineData("x1000c0", "x1000c0b0,x1000c0s0b0")]
    [InlineData("x3000c0s2b0", "x3000c0s2b0")]
    [InlineData("x3000c0s2b0n0", "")]
    [InlineData("x2000", "")]
    public async Task Query_Xname_AnswersTheEndpointsAtOrUnderIt(string xname, string expected)
    {
        using var client = Smd.CreateClient();

        var endpoints = Items(await client.GetJsonAsync($"{EndpointsPath}/Query/{xname}"), "RedfishEndpoints");

        Assert.Equal(expected, string.Join(",", Ids(endpoints)));
    }

    [Fact]
    public async Task Query_InvalidXname_Is400()
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync($"{EndpointsPath}/Query/foo", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid xname");
    }
}
