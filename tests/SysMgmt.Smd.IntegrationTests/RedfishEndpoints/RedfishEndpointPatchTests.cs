using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary><c>PATCH /Inventory/RedfishEndpoints/{xname}</c>: the named fields change, names are re-derived, and its errors.</summary>
public sealed class RedfishEndpointPatchTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Named = "x3000c0s19b1", ByIp = "x3000c0s20b1", Plain = "x3000c0s21b1";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync($$"""
            {"RedfishEndpoints":[
              {"ID":"{{Named}}","Name":"bmc 19","Hostname":"bmc19","Domain":"mgmt","User":"root","UUID":"u-19","MACAddr":"a4:bf:01:00:00:19","IPAddress":"10.0.0.19"},
              {"ID":"{{ByIp}}","FQDN":"10.0.0.20"},
              {"ID":"{{Plain}}"}]}
            """);
        await Smd.ExecuteSqlAsync("UPDATE smd.redfish_endpoints SET last_discovery_status = 'DiscoverOK', last_discovery_attempt = '2026-01-02T03:04:05Z'");
    }

    [Fact]
    public async Task Patch_Fields_ChangesOnlyThoseAndKeepsDiscoveryInfo()
    {
        using var client = Smd.CreateClient();
        var before = await client.GetEndpointAsync(Named);

        var patched = await PatchAsync(Named,
            """{"Name":"renamed","Enabled":false,"User":"admin","UUID":"u-new","MACAddr":"A4-BF-01-00-00-99","RediscoverOnUpdate":true,"UseSSDP":true,"MACRequired":true,"TemplateID":"t2"}""");

        Assert.Equal(["renamed", "admin", "u-new", "a4:bf:01:00:00:99", "t2"], patched.Fields("Name", "User", "UUID", "MACAddr", "TemplateID"));
        Assert.Equal((false, true, true, true),
            (patched.GetProperty("Enabled").GetBoolean(), patched.GetProperty("RediscoverOnUpdate").GetBoolean(),
             patched.GetProperty("UseSSDP").GetBoolean(), patched.GetProperty("MACRequired").GetBoolean()));
        Assert.Equal(before.Fields("ID", "Type", "Hostname", "Domain", "FQDN", "IPAddress"), patched.Fields("ID", "Type", "Hostname", "Domain", "FQDN", "IPAddress"));
        Assert.Equal(before.GetProperty("DiscoveryInfo").GetRawText(), patched.GetProperty("DiscoveryInfo").GetRawText());
        Assert.Equal(patched.GetRawText(), (await client.GetEndpointAsync(Named)).GetRawText());
    }

    [Theory]
    [InlineData("""{"Hostname":"BMC-Nineteen"}""", "bmc-nineteen", "mgmt", "bmc-nineteen.mgmt")]
    [InlineData("""{"Domain":"hmn.example"}""", "bmc19", "hmn.example", "bmc19.hmn.example")]
    [InlineData("""{"Hostname":"b19","Domain":"nmn"}""", "b19", "nmn", "b19.nmn")]
    [InlineData("""{"FQDN":"bmc19.mgmt"}""", "bmc19", "mgmt", "bmc19.mgmt")]
    [InlineData("""{"Hostname":"other","FQDN":"other.mgmt"}""", "other", "mgmt", "other.mgmt")]
    public async Task Patch_Names_RederiveTheFqdn(string body, string hostname, string domain, string fqdn)
    {
        var patched = await PatchAsync(Named, body);

        Assert.Equal([hostname, domain, fqdn], patched.Fields("Hostname", "Domain", "FQDN"));
    }

    [Theory]
    [InlineData("""{"Hostname":"MyHostname"}""", "myhostname", "", "myhostname")]
    [InlineData("""{"Hostname":"MyHostname","FQDN":"MyHostname"}""", "myhostname", "", "myhostname")]
    [InlineData("""{"Domain":"mgmt"}""", "", "mgmt", "x3000c0s21b1.mgmt")]
    public async Task Patch_NamesOfAnEndpointKnownByItsXname_AreAccepted(string body, string hostname, string domain, string fqdn)
    {
        var patched = await PatchAsync(Plain, body);

        Assert.Equal([hostname, domain, fqdn], patched.Fields("Hostname", "Domain", "FQDN"));
    }

    [Fact]
    public async Task Patch_IpAddressOfAnEndpointAddressedByIp_MovesItsHostnameAndFqdn()
    {
        var patched = await PatchAsync(ByIp, """{"IPAddress":"10.0.0.120"}""");

        Assert.Equal(["10.0.0.120", "", "10.0.0.120", "10.0.0.120"], patched.Fields("Hostname", "Domain", "FQDN", "IPAddress"));
    }

    [Fact]
    public async Task Patch_IpAddressOfANamedEndpoint_KeepsItsNames()
    {
        var patched = await PatchAsync(Named, """{"IPAddress":"10.0.0.119"}""");

        Assert.Equal(["bmc19", "mgmt", "bmc19.mgmt", "10.0.0.119"], patched.Fields("Hostname", "Domain", "FQDN", "IPAddress"));
    }

    [Fact]
    public async Task Patch_EmptyBodyOrIdAndType_ChangesNothing()
    {
        var before = await Smd.SnapshotAsync();

        await PatchAsync(Named, "{}");
        var patched = await PatchAsync(Named, """{"ID":"x1c0s0b0","Type":"RouterBMC"}""");

        Assert.Equal([Named, "NodeBMC"], patched.Fields("ID", "Type"));
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Patch_UnknownEndpoint_Is404()
    {
        using var client = Smd.CreateClient();

        var response = await client.PatchJsonAsync($"{EndpointsPath}/x9999c7s99b91", """{"Name":"x"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "No such entry: x9999c7s99b91");
    }

    [Theory]
    [InlineData("foo", """{"Name":"x"}""", "xname in URL is not valid")]
    [InlineData(Named, """{"MACAddr":"ff:ff:ff:ff:ff:ff:ff:ff"}""", "couldn't validate endpoint data: MACAddr 'ff:ff:ff:ff:ff:ff:ff:ff' is not a valid MAC address")]
    [InlineData(Named, """{"IPAddress":"10.0.0"}""", "couldn't validate endpoint data: IPAddress is not a valid IP address: '10.0.0'")]
    [InlineData(Named, """{"Hostname":"bmc.example"}""", "couldn't validate endpoint data: Hostname is not a basename or IP address.")]
    [InlineData(Named, """{"FQDN":"other.mgmt"}""", "couldn't validate endpoint data: host/domain conflicts with FQDN: 'bmc19.mgmt' != 'other.mgmt'")]
    [InlineData(ByIp, """{"Hostname":"10.0.0.21","IPAddress":"10.0.0.22"}""", "couldn't validate endpoint data: hostname IP address conflicts with given IP address: '10.0.0.21' != '10.0.0.22'")]
    [InlineData(Named, """{"Enabled":"false"}""", "field 'Enabled' has the wrong type: expected true or false")]
    [InlineData(Named, """{"Name":""", "malformed JSON")]
    [InlineData(Named, """[{"Name":"x"}]""", "the body must be a JSON object")]
    [InlineData(Named, "", "a JSON object body is required")]
    public async Task Patch_InvalidRequest_Is400AndChangesNothing(string xname, string body, string detail)
    {
        using var client = Smd.CreateClient();
        var before = await Smd.SnapshotAsync();

        var response = await client.PatchJsonAsync($"{EndpointsPath}/{xname}", body, Ct);

        Assert.StartsWith(detail, await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Theory]
    [InlineData(Plain, """{"FQDN":"bmc19.mgmt"}""")]
    [InlineData(Plain, """{"Hostname":"bmc19","Domain":"mgmt"}""")]
    [InlineData(Plain, """{"Hostname":"10.0.0.20"}""")]
    public async Task Patch_FqdnOfAnotherEndpoint_Is409AndChangesNothing(string xname, string body)
    {
        using var client = Smd.CreateClient();
        var before = await Smd.SnapshotAsync();

        var response = await client.PatchJsonAsync($"{EndpointsPath}/{xname}", body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "same FQDN");
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    private async Task<JsonElement> PatchAsync(string xname, string body)
    {
        using var client = Smd.CreateClient();
        using var response = await client.PatchJsonAsync($"{EndpointsPath}/{xname}", body, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }
}
