using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary><c>PUT /Inventory/RedfishEndpoints/{xname}</c>: create when absent, full replace, and its errors.</summary>
public sealed class RedfishEndpointPutTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s19b1";

    [Fact]
    public async Task Put_NewEndpoint_Is201WithLocationAndTheEndpoint()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{EndpointsPath}/{Bmc}", """{"FQDN":"bmc19.mgmt","User":"root"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        Assert.Equal($"{EndpointsPath}/{Bmc}", response.Headers.Location?.OriginalString);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal([Bmc, "NodeBMC", "bmc19", "mgmt", "bmc19.mgmt", "root", "", "NotYetQueried"],
            [.. body.Fields("ID", "Type", "Hostname", "Domain", "FQDN", "User", "Password"), body.GetProperty("DiscoveryInfo").Str("LastDiscoveryStatus")!]);
        Assert.Equal(body.GetRawText(), (await client.GetEndpointAsync(Bmc)).GetRawText());
    }

    [Fact]
    public async Task Put_ExistingEndpoint_ReplacesEveryFieldAndIs200()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""
            {"ID":"{{Bmc}}","Name":"old","Hostname":"bmc19","Domain":"mgmt","Enabled":false,"UUID":"u-1","User":"root",
             "UseSSDP":true,"MACRequired":true,"MACAddr":"a4:bf:01:00:00:01","IPAddress":"10.0.0.1","RediscoverOnUpdate":true,"TemplateID":"t"}
            """);

        var replaced = await client.PutEndpointAsync(Bmc, JsonNode.Parse($$"""{"ID":"{{Bmc.ToUpperInvariant()}}","FQDN":"10.0.0.9","User":"admin"}""")!);

        Assert.Equal(
            """{"ID":"x3000c0s19b1","Type":"NodeBMC","Hostname":"10.0.0.9","Domain":"","FQDN":"10.0.0.9","Enabled":true,"User":"admin","Password":"","IPAddress":"10.0.0.9","RediscoverOnUpdate":false,"DiscoveryInfo":{"LastDiscoveryStatus":"NotYetQueried"}}""",
            replaced.GetRawText());
        Assert.Equal(replaced.GetRawText(), (await client.GetEndpointAsync(Bmc)).GetRawText());
    }

    [Fact]
    public async Task Put_ExistingEndpoint_KeepsItsDiscoveryInfo()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}"}""");
        await Smd.ExecuteSqlAsync("UPDATE smd.redfish_endpoints SET last_discovery_status = 'DiscoverOK', last_discovery_attempt = '2026-01-02T03:04:05.123456Z'");

        var replaced = await client.PutEndpointAsync(Bmc, JsonNode.Parse("""{"Name":"renamed"}""")!);

        Assert.Equal("""{"LastDiscoveryAttempt":"2026-01-02T03:04:05.123456Z","LastDiscoveryStatus":"DiscoverOK"}""", replaced.GetProperty("DiscoveryInfo").GetRawText());
    }

    [Fact]
    public async Task Put_IdOfAnotherEndpoint_Is400AndChangesNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"ID":"{{Bmc}}"}""");
        var before = await Smd.SnapshotAsync();

        var response = await client.PutJsonAsync($"{EndpointsPath}/{Bmc}", """{"ID":"x3000c0s20b1"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "xname in URL and PUT body do not match");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Theory]
    [InlineData("foo", "{}", "couldn't validate endpoint data: foo is not a valid locational xname ID")]
    [InlineData("x3000c0s19b1n0", "{}", "couldn't validate endpoint data: xname ID x3000c0s19b1n0 has wrong type for RF endpoint: Node")]
    [InlineData(Bmc, """{"FQDN":"MyFQDN","Hostname":"MyHostname"}""", "couldn't validate endpoint data: host/domain conflicts with FQDN: 'myhostname' != 'myfqdn'")]
    [InlineData(Bmc, """{"MACAddr":"not-a-mac"}""", "couldn't validate endpoint data: MACAddr 'not-a-mac' is not a valid MAC address")]
    [InlineData(Bmc, """{"Enabled":"no"}""", "field 'Enabled' has the wrong type: expected true or false")]
    [InlineData(Bmc, """{"User":""", "malformed JSON")]
    [InlineData(Bmc, """[{"ID":"x3000c0s19b1"}]""", "the body must be a Redfish endpoint object")]
    [InlineData(Bmc, "", "a JSON object body is required")]
    public async Task Put_InvalidRequest_Is400AndStoresNothing(string xname, string body, string detail)
    {
        using var client = Smd.CreateClient();

        var response = await client.PutJsonAsync($"{EndpointsPath}/{xname}", body, Ct);

        Assert.StartsWith(detail, await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(0L, await Smd.CountRowsAsync("redfish_endpoints"));
    }

    [Theory]
    [InlineData("x3000c0s20b1", """{"FQDN":"bmc19.mgmt"}""")]
    [InlineData(Bmc, """{"FQDN":"bmc20.mgmt"}""")]
    public async Task Put_FqdnOfAnotherEndpoint_Is409AndChangesNothing(string xname, string body)
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""{"RedfishEndpoints":[{"ID":"{{Bmc}}","FQDN":"bmc19.mgmt"},{"ID":"x3000c0s21b1","FQDN":"bmc20.mgmt"}]}""");
        var before = await Smd.SnapshotAsync();

        var response = await client.PutJsonAsync($"{EndpointsPath}/{xname}", body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "same FQDN");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }
}
