using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.RedfishEndpoints;

/// <summary>
/// <c>POST /Inventory/RedfishEndpoints</c> without inventory: both body forms, how ID, Hostname, Domain, FQDN and
/// IPAddress are worked out, every validation error, and the all-or-nothing 409 on a duplicate ID or FQDN.
/// </summary>
public sealed class RedfishEndpointCreateTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Duplicate = "operation would conflict with an existing resource that has the same FQDN or xname ID.";

    [Fact]
    public async Task Post_SingleEndpoint_Is201WithItsUriAndLocation()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(EndpointsPath, """{"ID":"x9999c7s99b91","Enabled":true,"RediscoverOnUpdate":true}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        Assert.Equal("""[{"URI":"/hsm/v2/Inventory/RedfishEndpoints/x9999c7s99b91"}]""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("/hsm/v2/Inventory/RedfishEndpoints/x9999c7s99b91", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_IdOnly_StoresTheAnchorsDefaults()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync("""{"ID":"x9999c7s99b91"}""");

        var endpoint = await client.GetEndpointAsync("x9999c7s99b91");

        Assert.Equal(
            ["ID", "Type", "Hostname", "Domain", "FQDN", "Enabled", "User", "Password", "RediscoverOnUpdate", "DiscoveryInfo"],
            endpoint.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["x9999c7s99b91", "NodeBMC", "", "", "x9999c7s99b91", "", ""], endpoint.Fields("ID", "Type", "Hostname", "Domain", "FQDN", "User", "Password"));
        Assert.True(endpoint.GetProperty("Enabled").GetBoolean());
        Assert.False(endpoint.GetProperty("RediscoverOnUpdate").GetBoolean());
        Assert.Equal("""{"LastDiscoveryStatus":"NotYetQueried"}""", endpoint.GetProperty("DiscoveryInfo").GetRawText());
    }

    [Fact]
    public async Task Post_EveryField_IsStoredAndReturnedInTheAnchorsOrder()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(
            """
            {"ID":"x3000c0s19b1","Type":"Node","Name":"bmc 19","Hostname":"x3000c0s19b1","Domain":"mgmt","Enabled":false,
             "UUID":"a3a0f4b2-6c1c-4c6a-9a1c-1a2b3c4d5e6f","User":"root","Password":"secret","UseSSDP":true,"MACRequired":true,
             "MACAddr":"A4-BF-01-2B-73-10","IPAddress":"10.254.1.7","RediscoverOnUpdate":true,"TemplateID":"tmpl-1"}
            """);

        var endpoint = await client.GetEndpointAsync("x3000c0s19b1");

        Assert.Equal(
            ["ID", "Type", "Name", "Hostname", "Domain", "FQDN", "Enabled", "UUID", "User", "Password", "UseSSDP", "MACRequired", "MACAddr",
             "IPAddress", "RediscoverOnUpdate", "TemplateID", "DiscoveryInfo"],
            endpoint.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["NodeBMC", "bmc 19", "x3000c0s19b1", "mgmt", "x3000c0s19b1.mgmt", "a3a0f4b2-6c1c-4c6a-9a1c-1a2b3c4d5e6f", "root", "", "a4:bf:01:2b:73:10", "10.254.1.7", "tmpl-1"],
            endpoint.Fields("Type", "Name", "Hostname", "Domain", "FQDN", "UUID", "User", "Password", "MACAddr", "IPAddress", "TemplateID"));
        Assert.Equal((false, true, true, true),
            (endpoint.GetProperty("Enabled").GetBoolean(), endpoint.GetProperty("UseSSDP").GetBoolean(), endpoint.GetProperty("MACRequired").GetBoolean(),
             endpoint.GetProperty("RediscoverOnUpdate").GetBoolean()));
    }

    [Fact]
    public async Task Post_ArrayForm_CreatesEveryEndpointWithTheCollectionAsLocation()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(EndpointsPath,
            """{"RedfishEndpoints":[{"ID":"x3000c0s1b0"},{"ID":"X3000C0S02B0"},{"Hostname":"x3000c0s3b0"}]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        Assert.Equal("/hsm/v2/Inventory/RedfishEndpoints", response.Headers.Location?.OriginalString);
        var uris = (await response.ReadJsonAsync(Ct)).EnumerateArray().Select(u => u.Str("URI"));
        Assert.Equal([$"{EndpointsPath}/x3000c0s1b0", $"{EndpointsPath}/x3000c0s2b0", $"{EndpointsPath}/x3000c0s3b0"], uris);
        Assert.Equal(["x3000c0s1b0", "x3000c0s2b0", "x3000c0s3b0"], await client.GetEndpointIdsAsync());
    }

    [Fact]
    public async Task Post_EndpointKeysWithAnArray_IsOneEndpointAndIgnoresTheArray()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync("""{"ID":"x3000c0s1b0","RedfishEndpoints":[{"ID":"x3000c0s2b0"}]}""");

        Assert.Equal(["x3000c0s1b0"], await client.GetEndpointIdsAsync());
    }

    [Fact]
    public async Task Post_CrushEndpoints_DerivesHostnameDomainFqdnAndAddress()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(ExampleEndpoints("crush_endpoints.json"));

        var stored = (await client.GetEndpointsAsync()).ToDictionary(e => e.Str("ID")!, e => e.Fields("Hostname", "Domain", "FQDN", "IPAddress"));
        Assert.Equal(11, stored.Count);
        Assert.Equal(["shastabmc00", "us.cray.com", "shastabmc00.us.cray.com", "(absent)"], stored["x1c0s0b0"]);
        Assert.Equal(["shastabmc01", "us.cray.com", "shastabmc01.us.cray.com", "(absent)"], stored["x1c0s1b0"]);
        Assert.Equal(["172.30.79.230", "", "172.30.79.230", "172.30.79.230"], stored["x1c0s2b0"]);
        Assert.Equal(["x0c0s14", "crush.next.cray.com", "x0c0s14.crush.next.cray.com", "(absent)"], stored["x0c0s14b0"]);
        Assert.Equal(["x0c0s16", "crush.next.cray.com", "x0c0s16.crush.next.cray.com", "(absent)"], stored["x0c0s15b0"]);
        Assert.Equal(["10.100.16.22", "", "10.100.16.22", "10.100.16.22"], stored["x0c0s22b0"]);
        Assert.Equal(["x0c0s24", "crush.next.cray.com", "x0c0s24.crush.next.cray.com", "(absent)"], stored["x0c0s24b0"]);
        Assert.Equal(["x0c0s27", "crush.next.cray.com", "x0c0s27.crush.next.cray.com", "(absent)"], stored["x0c0s27b0"]);
    }

    [Fact]
    public async Task Post_IceEndpoints_TakesHostAndDomainFromTheFqdn()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(ExampleEndpoints("ice_endpoints.json"));

        var stored = await client.GetEndpointsAsync();
        Assert.Equal(["x0c0s10b0", "x0c0s11b0", "x0c0s12b0", "x0c0s7b0", "x0c0s8b0", "x0c0s9b0"], Ids(stored));
        Assert.All(stored, e => Assert.Equal(
            [e.Str("ID")![..^2], "ice.next.cray.com", $"{e.Str("ID")![..^2]}.ice.next.cray.com", "root", ""],
            e.Fields("Hostname", "Domain", "FQDN", "User", "Password")));
    }

    [Theory]
    [InlineData("""{"Hostname":"x3000c0s19b1"}""", "x3000c0s19b1", "x3000c0s19b1", "", "x3000c0s19b1", "(absent)")]
    [InlineData("""{"FQDN":"x3000c0s19b1.mgmt.example"}""", "x3000c0s19b1", "x3000c0s19b1", "mgmt.example", "x3000c0s19b1.mgmt.example", "(absent)")]
    [InlineData("""{"ID":"x3000c0s19b1","Domain":"mgmt"}""", "x3000c0s19b1", "", "mgmt", "x3000c0s19b1.mgmt", "(absent)")]
    [InlineData("""{"ID":" X3000C0S019B1. "}""", "x3000c0s19b1", "", "", "x3000c0s19b1", "(absent)")]
    [InlineData("""{"ID":"x3000c0s19b1","Hostname":"BMC19","Domain":".Mgmt.Example."}""", "x3000c0s19b1", "bmc19", "mgmt.example", "bmc19.mgmt.example", "(absent)")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"BMC19.Mgmt.Example"}""", "x3000c0s19b1", "bmc19", "mgmt.example", "bmc19.mgmt.example", "(absent)")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"10.1.1.1"}""", "x3000c0s19b1", "10.1.1.1", "", "10.1.1.1", "10.1.1.1")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"FD00:0:0::1"}""", "x3000c0s19b1", "fd00::1", "", "fd00::1", "fd00::1")]
    [InlineData("""{"ID":"x3000c0s19b1","Hostname":"10.1.1.1","Domain":"mgmt"}""", "x3000c0s19b1", "10.1.1.1", "mgmt", "10.1.1.1", "10.1.1.1")]
    [InlineData("""{"ID":"x3000c0s19b1","Hostname":"10.1.1.1","IPAddress":"10.1.1.1"}""", "x3000c0s19b1", "10.1.1.1", "", "10.1.1.1", "10.1.1.1")]
    [InlineData("""{"ID":"x3000c0s19b1","IPAddress":"10.1.1.2"}""", "x3000c0s19b1", "", "", "x3000c0s19b1", "10.1.1.2")]
    [InlineData("""{"ID":"x3000c0s19b1","Hostname":"x3000c0s19b1","FQDN":"x3000c0s19b1"}""", "x3000c0s19b1", "x3000c0s19b1", "", "x3000c0s19b1", "(absent)")]
    // A BMC on another port than 443 keeps it in its FQDN (the agent sends host:port); 443 is the default and dropped.
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"10.1.1.1:8443"}""", "x3000c0s19b1", "10.1.1.1", "", "10.1.1.1:8443", "10.1.1.1")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"10.1.1.1:443"}""", "x3000c0s19b1", "10.1.1.1", "", "10.1.1.1", "10.1.1.1")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"[FD00::1]:8443"}""", "x3000c0s19b1", "fd00::1", "", "[fd00::1]:8443", "fd00::1")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"BMC19.Mgmt.Example:8443"}""", "x3000c0s19b1", "bmc19", "mgmt.example", "bmc19.mgmt.example:8443", "(absent)")]
    public async Task Post_NameVariants_DeriveIdHostnameDomainFqdnAndAddress(string body, string id, string hostname, string domain, string fqdn, string ip)
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(body);

        var endpoint = Assert.Single(await client.GetEndpointsAsync());
        Assert.Equal([id, hostname, domain, fqdn, ip], endpoint.Fields("ID", "Hostname", "Domain", "FQDN", "IPAddress"));
    }

    [Theory]
    [InlineData("x3000c0s19b1", "NodeBMC")]
    [InlineData("x1000c0b0", "ChassisBMC")]
    [InlineData("x3000c0r15b0", "RouterBMC")]
    [InlineData("x3000m0", "CabinetPDUController")]
    [InlineData("x3000c0w14", "MgmtSwitch")]
    [InlineData("x3000c0h33s1", "MgmtHLSwitch")]
    [InlineData("d0w1", "CDUMgmtSwitch")]
    public async Task Post_ControllerXname_GetsItsTypeWhateverTheBodySays(string id, string type)
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync($$"""{"ID":"{{id}}","Type":"Node"}""");

        Assert.Equal(type, (await client.GetEndpointAsync(id)).Str("Type"));
        Assert.Equal([id], await client.GetEndpointIdsAsync($"type={type}"));
    }

    [Theory]
    [InlineData("""{"ID":"foo"}""", "couldn't validate endpoint data: foo is not a valid locational xname ID")]
    [InlineData("""{"Name":"bmc"}""", "couldn't validate endpoint data: No xname ID found")]
    [InlineData("""{"ID":"","Hostname":" "}""", "couldn't validate endpoint data: No xname ID found")]
    [InlineData("""{"Hostname":"bmc.example.com"}""", "couldn't validate endpoint data: Hostname is not a basename or IP address.")]
    [InlineData("""{"ID":"x3000c0s19b1n0"}""", "couldn't validate endpoint data: xname ID x3000c0s19b1n0 has wrong type for RF endpoint: Node")]
    [InlineData("""{"ID":"x3000c0"}""", "couldn't validate endpoint data: xname ID x3000c0 has wrong type for RF endpoint: Chassis")]
    [InlineData("""{"ID":"x9999c7s99b91","FQDN":"MyFQDN","Hostname":"MyHostname"}""", "couldn't validate endpoint data: host/domain conflicts with FQDN: 'myhostname' != 'myfqdn'")]
    [InlineData("""{"ID":"x3000c0s19b1","Domain":"a","FQDN":"x3000c0s19b1.b"}""", "couldn't validate endpoint data: host/domain conflicts with FQDN: 'x3000c0s19b1.a' != 'x3000c0s19b1.b'")]
    [InlineData("""{"ID":"x3000c0s19b1","IPAddress":"10.0.0.300"}""", "couldn't validate endpoint data: IPAddress is not a valid IP address: '10.0.0.300'")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"10.1.1.1:70000"}""", "couldn't validate endpoint data: FQDN '10.1.1.1:70000' has an invalid port: expected host:1-65535")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"[fd00::1"}""", "couldn't validate endpoint data: FQDN '[fd00::1' has an invalid port: expected host:1-65535")]
    [InlineData("""{"ID":"x3000c0s19b1","Hostname":"10.0.0.1","IPAddress":"10.0.0.2"}""", "couldn't validate endpoint data: hostname IP address conflicts with given IP address: '10.0.0.1' != '10.0.0.2'")]
    [InlineData("""{"ID":"x3000c0s19b1","FQDN":"10.0.0.1","IPAddress":"10.0.0.2"}""", "couldn't validate endpoint data: hostname IP address conflicts with given IP address: '10.0.0.1' != '10.0.0.2'")]
    [InlineData("""{"ID":"x3000c0s19b1","MACAddr":"ff:ff:ff:ff:ff:ff:ff:ff"}""", "couldn't validate endpoint data: MACAddr 'ff:ff:ff:ff:ff:ff:ff:ff' is not a valid MAC address")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0"},{"ID":"foo"}]}""", "couldn't validate endpoint data at idx 1: foo is not a valid locational xname ID")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x9999c7s99b91","FQDN":"MyFQDN","Hostname":"MyHostname"}]}""", "couldn't validate endpoint data at idx 0: host/domain conflicts with FQDN: 'myhostname' != 'myfqdn'")]
    [InlineData("""{"ID":"x3000c0s19b1","Enabled":"yes"}""", "field 'Enabled' has the wrong type: expected true or false")]
    [InlineData("""{"ID":["x3000c0s19b1"]}""", "field 'ID' has the wrong type: expected a string")]
    [InlineData("""{"ID":"x3000c0s19b1","RediscoverOnUpdate":1}""", "field 'RediscoverOnUpdate' has the wrong type: expected true or false")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0"},{"ID":"x3000c0s2b0","MACRequired":"no"}]}""", "RedfishEndpoints[1]: field 'MACRequired' has the wrong type: expected true or false")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0"},null]}""", "RedfishEndpoints[1]: field '(body)' has the wrong type: expected an object")]
    [InlineData("""{"RedfishEndpoints":[5]}""", "RedfishEndpoints[0]: field '(body)' has the wrong type: expected an object")]
    [InlineData("""{"ID":"x3000c0s19b1",""", "malformed JSON")]
    [InlineData("""{"ID":"x3000c0s19b1"} trailing""", "malformed JSON")]
    [InlineData("", "a JSON object body is required")]
    [InlineData("null", "the body must be a Redfish endpoint object")]
    [InlineData("""[{"ID":"x3000c0s19b1"}]""", "the body must be a Redfish endpoint object")]
    [InlineData("\"x3000c0s19b1\"", "the body must be a Redfish endpoint object")]
    [InlineData("{}", "no Redfish endpoint in the body")]
    [InlineData("""{"RedfishEndpoints":[]}""", "no Redfish endpoint in the body")]
    [InlineData("""{"RedfishEndpoints":{"ID":"x3000c0s19b1"}}""", "no Redfish endpoint in the body")]
    public async Task Post_InvalidBody_Is400NamingTheProblemAndStoresNothing(string body, string detail)
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, body, Ct);

        Assert.StartsWith(detail, await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(0L, await Smd.CountRowsAsync("redfish_endpoints"));
    }

    [Theory]
    [InlineData("""{"ID":"x3000c0s19b1","User":"other"}""")]
    [InlineData("""{"ID":"X3000C0S019B1"}""")]
    [InlineData("""{"ID":"x3000c0s2b0","FQDN":"BMC19.mgmt"}""")]
    [InlineData("""{"ID":"x3000c0s2b0","Hostname":"bmc19","Domain":"mgmt"}""")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s3b0"},{"ID":"x3000c0s19b1"}]}""")]
    public async Task Post_IdOrFqdnInTheDatabase_Is409AndChangesNothing(string body)
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync("""{"ID":"x3000c0s19b1","FQDN":"bmc19.mgmt","User":"root"}""");
        var before = await Smd.SnapshotAsync();

        var response = await client.PostJsonAsync(EndpointsPath, body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, Duplicate);
        Assert.Equal(before, await Smd.SnapshotAsync());
    }

    [Theory]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0"},{"ID":"x3000c0s2b0"},{"ID":"X3000C0S01B0","FQDN":"other"}]}""")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0","FQDN":"bmc.mgmt"},{"ID":"x3000c0s2b0","Hostname":"BMC","Domain":"mgmt"}]}""")]
    [InlineData("""{"RedfishEndpoints":[{"ID":"x3000c0s1b0","FQDN":"10.0.0.1"},{"ID":"x3000c0s2b0","Hostname":"10.0.0.1"}]}""")]
    public async Task Post_DuplicateWithinTheRequest_Is409AndStoresNothing(string body)
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, Duplicate);
        Assert.Equal(0L, await Smd.CountRowsAsync("redfish_endpoints"));
    }
}
