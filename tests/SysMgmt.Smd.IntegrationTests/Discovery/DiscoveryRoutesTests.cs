using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.OpenApi;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// <c>POST /Inventory/Discover</c> and <c>GET /Inventory/DiscoveryStatus</c>: SMD does not discover, says which agent
/// command does, and reports what the agent last sent.
/// </summary>
public sealed class DiscoveryRoutesTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string DiscoverPath = "/hsm/v2/Inventory/Discover";
    private const string StatusPath = "/hsm/v2/Inventory/DiscoveryStatus";
    private const string Bmc = "x3000c0s1b0", OtherBmc = "x3000c0s2b0";

    [Fact]
    public async Task Status_NothingDiscovered_IsNotStartedWithoutTime()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{OtherBmc}}","FQDN":"10.254.1.24"}""");

        var statuses = await client.GetJsonAsync(StatusPath);

        Assert.Equal(
            """[{"ID":0,"Status":"NotStarted","Details":{"Discoverer":"sysmgmt discover (the agent POSTs each BMC's inventory to /hsm/v2/Inventory/RedfishEndpoints)","RedfishEndpoints":1,"EndpointsByLastDiscoveryStatus":{"NotYetQueried":1}}}]""",
            statuses.GetRawText());
    }

    [Fact]
    public async Task Status_AfterAgentPosts_IsCompleteAtTheLastIngestionOfTheEndpoint()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{OtherBmc}}","FQDN":"10.254.1.24"}""");
        await client.PostEndpointsAsync(AgentBody(Bmc, "10.254.1.23"));

        var status = Assert.Single((await client.GetJsonAsync(StatusPath)).EnumerateArray());

        var recorded = (await client.GetEndpointAsync(Bmc)).GetProperty("DiscoveryInfo");
        Assert.Equal(("Complete", recorded.GetProperty("LastDiscoveryAttempt").GetString()), (status.Str("Status"), status.Str("LastUpdateTime")));
        var details = status.GetProperty("Details");
        Assert.Equal((2, Bmc), (details.GetProperty("RedfishEndpoints").GetInt32(), details.Str("LastEndpointID")));
        Assert.Equal("""{"DiscoverOK":1,"NotYetQueried":1}""", details.GetProperty("EndpointsByLastDiscoveryStatus").GetRawText());
    }

    [Fact]
    public async Task Status_AgentPostsAgain_MovesToTheNewestIngestion()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(AgentBody(Bmc, "10.254.1.23"));
        await client.PostEndpointsAsync(AgentBody(OtherBmc, "10.254.1.24"));
        var first = await GetStatusAsync(client);

        await client.PostEndpointsAsync(AgentBody(Bmc, "10.254.1.23"), HttpStatusCode.OK);

        var again = await GetStatusAsync(client);
        Assert.Equal(OtherBmc, first.GetProperty("Details").Str("LastEndpointID"));
        Assert.Equal(Bmc, again.GetProperty("Details").Str("LastEndpointID"));
        Assert.Equal((await client.GetEndpointAsync(Bmc)).GetProperty("DiscoveryInfo").Str("LastDiscoveryAttempt"), again.Str("LastUpdateTime"));
        Assert.True(DateTimeOffset.Parse(again.Str("LastUpdateTime")!) >= DateTimeOffset.Parse(first.Str("LastUpdateTime")!));
    }

    [Fact]
    public async Task StatusById_Zero_IsTheOnlyEntry()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(AgentBody(Bmc, "10.254.1.23"));

        var entry = await client.GetJsonAsync($"{StatusPath}/0");

        Assert.Equal((await client.GetJsonAsync(StatusPath))[0].GetRawText(), entry.GetRawText());
    }

    [Theory]
    [InlineData("1", HttpStatusCode.NotFound, "no such DiscoveryStatus ID.")]
    [InlineData("abc", HttpStatusCode.BadRequest, "DiscoveryStatus ID 'abc' is not an unsigned integer")]
    [InlineData("-1", HttpStatusCode.BadRequest, "DiscoveryStatus ID '-1' is not an unsigned integer")]
    public async Task StatusById_OtherIds_AreRefused(string id, HttpStatusCode status, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{StatusPath}/{id}", Ct);

        await ProblemAssert.HasProblemAsync(response, status, detail);
    }

    [Fact]
    public async Task Discover_NamedEndpoints_Is501WithTheAgentCommandForTheirBmcs()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"RedfishEndpoints":[{"ID":"{{Bmc}}","FQDN":"10.254.1.23"},{"ID":"{{OtherBmc}}","FQDN":"bmc7:8443"}]}""");

        using var response = await client.PostJsonAsync(DiscoverPath, $$"""{"xnames":["{{OtherBmc}}","X3000C0S1B0"],"force":true}""", Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotImplemented);
        Assert.Equal(
            "SMD does not discover: the discovery agent walks the BMCs and POSTs what it finds to /hsm/v2/Inventory/RedfishEndpoints. "
            + "Run `sysmgmt discover collect 10.254.1.23 bmc7:8443 --send` on a host that reaches the BMCs; "
            + "GET /hsm/v2/Inventory/DiscoveryStatus shows when it last reported.",
            detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"xnames":[]}""")]
    public async Task Discover_Everything_Is501WithTheScanCommands(string? json)
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","FQDN":"10.254.1.23"}""");

        using var response = await client.SendJsonAsync(HttpMethod.Post, DiscoverPath, json, Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotImplemented);
        Assert.Contains("Run `sysmgmt discover collect --send` (every BMC its last scan found; `sysmgmt discover scan --subnet …` first)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_NoEndpoints_Is404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(HttpMethod.Post, DiscoverPath, null, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "RedfishEndpoints collection is empty");
    }

    [Fact]
    public async Task Discover_UnknownEndpoint_Is404NamingIt()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}","FQDN":"10.254.1.23"}""");

        using var response = await client.PostJsonAsync(DiscoverPath, $$"""{"xnames":["{{Bmc}}","{{OtherBmc}}"]}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, $"No such RedfishEndpoint: {OtherBmc}");
    }

    [Theory]
    [InlineData("""{"xnames":["x1c9b0"]}""", "xnames: 'x1c9b0' is not a valid xname: chassis number 9 is out of range 0-7")]
    [InlineData("""{"xnames":"x3000c0s1b0"}""", "field 'xnames' has the wrong type: expected an array")]
    [InlineData("""{"force":"yes"}""", "field 'force' has the wrong type: expected true or false")]
    public async Task Discover_BadBody_Is400(string json, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(DiscoverPath, json, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task OpenApi_Discover_DocumentsItsOptionalBodyAndTheProblemsItAnswers()
    {
        using var anonymous = Smd.CreateClient(scope: null);

        var discover = (await OpenApiAssert.ReadDocumentAsync(anonymous)).GetProperty("paths").GetProperty(DiscoverPath).GetProperty("post");

        Assert.True(discover.TryGetProperty("requestBody", out _));
        Assert.Equal(["400", "401", "403", "404", "500", "501"], discover.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(n => n != "200").Order());
    }

    /// <summary>What <c>sysmgmt discover collect --send</c> posts for a BMC with one node.</summary>
    private static string AgentBody(string bmc, string address)
    {
        var body = Payload(bmc, [ComputerSystem("Node0")]);
        body["FQDN"] = address;
        return body.ToJsonString();
    }

    private static async Task<JsonElement> GetStatusAsync(HttpClient client) => (await client.GetJsonAsync(StatusPath))[0];
}
