using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary><c>POST /Inventory/EthernetInterfaces</c> and reading back what it stored.</summary>
public sealed class EthernetInterfaceCreateTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Post_NewInterface_Answers201WithSingleUriObjectAndLocation()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(InterfacesPath, Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.252.0.1@HMN"), Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, body.ValueKind);
        Assert.Equal(["URI"], Keys(body));
        Assert.Equal($"{InterfacesPath}/a4bf012b7310", body.Str("URI"));
        Assert.Equal($"{InterfacesPath}/a4bf012b7310", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_ThenGet_ReturnsEveryFieldInAnchorOrder()
    {
        // A whole second of the real time (so tokens stay valid) plus 0.1234567 s: stored with microseconds.
        var now = DateTimeOffset.UtcNow;
        var second = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        await using var host = new ClockedSmdHost(Smd, second.AddTicks(1_234_567));
        var client = host.Client;

        await client.PostInterfaceAsync("""
            {"Description":"Node NIC","MACAddress":"A4:BF:01:2B:73:10","ComponentID":"X3000C0S19B1N0",
             "IPAddresses":[{"IPAddress":"10.252.0.1","Network":"HMN"},{"IPAddress":"10.100.0.1"}]}
            """);

        using var response = await client.GetAsync($"{InterfacesPath}/a4bf012b7310", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var expectedTime = second.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + ".123456Z";
        Assert.Equal(
            $$"""{"ID":"a4bf012b7310","Description":"Node NIC","MACAddress":"a4:bf:01:2b:73:10","LastUpdate":"{{expectedTime}}","ComponentID":"x3000c0s19b1n0","Type":"Node","IPAddresses":[{"IPAddress":"10.252.0.1","Network":"HMN"},{"IPAddress":"10.100.0.1"}]}""",
            text);
    }

    [Theory]
    [InlineData("a4:bf:01:2b:73:10")]
    [InlineData("A4:BF:01:2B:73:10")]
    [InlineData("a4-bf-01-2b-73-10")]
    [InlineData("A4BF.012B.7310")]
    [InlineData("a4bf012b7310")]
    [InlineData("  A4BF012B7310 ")]
    public async Task Post_MacInAnyForm_IsStoredLowerCaseColonSeparated(string mac)
    {
        using var client = Smd.CreateClient();

        var uri = await client.PostInterfaceAsync(Interface(mac));

        Assert.Equal($"{InterfacesPath}/a4bf012b7310", uri);
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(["a4bf012b7310", "a4:bf:01:2b:73:10"], stored.Fields("ID", "MACAddress"));
    }

    [Fact]
    public async Task Post_WithoutComponent_HasEmptyComponentIdTypeAndAddresses()
    {
        using var client = Smd.CreateClient();

        await client.PostInterfaceAsync("""{"MACAddress":"a4:bf:01:2b:73:10"}""");

        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(["", "", ""], stored.Fields("Description", "ComponentID", "Type"));
        Assert.Empty(stored.GetProperty("IPAddresses").EnumerateArray());
    }

    [Fact]
    public async Task Post_ClientIdTypeAndLastUpdate_AreIgnored()
    {
        using var client = Smd.CreateClient();

        await client.PostInterfaceAsync("""
            {"ID":"ffffffffffff","Type":"CDU","LastUpdate":"2001-01-01T00:00:00Z","MACAddress":"a4:bf:01:2b:73:10","ComponentID":"x3000c0s19b1"}
            """);

        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(["a4bf012b7310", "NodeBMC"], stored.Fields("ID", "Type"));
        Assert.NotEqual("2001-01-01T00:00:00.000000Z", stored.Str("LastUpdate"));
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interfaces WHERE id = 'ffffffffffff'"));
    }

    [Fact]
    public async Task Post_BlankNetworkAndOddlySpelledAddresses_AreNormalised()
    {
        using var client = Smd.CreateClient();

        await client.PostInterfaceAsync("""
            {"MACAddress":"a4:bf:01:2b:73:10","IPAddresses":[{"IPAddress":" 10.1.0.1 ","Network":""},{"IPAddress":"FE80:0:0::0:1","Network":"  NMN "}]}
            """);

        Assert.Equal(["10.1.0.1", "fe80::1@NMN"], (await client.GetInterfaceAsync("a4bf012b7310")).Addresses());
    }

    [Fact]
    public async Task Post_ExistingMac_Is409AndChangesNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.0.0.1"));

        using var response = await client.PostJsonAsync(InterfacesPath, Interface("A4-BF-01-2B-73-10", "x3000c0s19b1n1", "10.0.0.2"), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing component ethernet interface that has the same MAC address (a4:bf:01:2b:73:10).");
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal("x3000c0s19b1n0", stored.Str("ComponentID"));
        Assert.Equal(["10.0.0.1"], stored.Addresses());
        Assert.Equal(1L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }

    [Theory]
    [InlineData("""{"ComponentID":"x3000c0s19b1n0"}""", "couldn't validate ethernet interface: MACAddress is required")]
    [InlineData("""{"MACAddress":""}""", "couldn't validate ethernet interface: MACAddress is required")]
    [InlineData("""{"MACAddress":"Not Available"}""", "couldn't validate ethernet interface: invalid MACAddress: 'Not Available' is not a valid MAC address: the device reported no MAC address")]
    [InlineData("""{"MACAddress":"a4:bf:01:2b:73"}""", "couldn't validate ethernet interface: invalid MACAddress: 'a4:bf:01:2b:73' is not a valid MAC address: it has 10 hexadecimal digits, a MAC address has 12")]
    [InlineData("""{"MACAddress":"a4:bf:01:2b:73:1g"}""", "couldn't validate ethernet interface: invalid MACAddress: 'a4:bf:01:2b:73:1g' is not a valid MAC address: 'g' is not a hexadecimal digit")]
    [InlineData("""{"MACAddress":"a4bf012b7310","ComponentID":"x1c9"}""", "couldn't validate ethernet interface: invalid ComponentID: 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7")]
    [InlineData("""{"MACAddress":"a4bf012b7310","ComponentID":"p1"}""", "couldn't validate ethernet interface: invalid ComponentID: 'p1' is a partition name, not a component")]
    [InlineData("""{"MACAddress":"a4bf012b7310","IPAddresses":[{"IPAddress":"10.0.0.256"}]}""", "couldn't validate ethernet interface: invalid IPAddresses[0].IPAddress: '10.0.0.256' is not a valid IP address: octet 256 is out of range 0-255")]
    [InlineData("""{"MACAddress":"a4bf012b7310","IPAddresses":[{"Network":"HMN"}]}""", "couldn't validate ethernet interface: IPAddresses[0].IPAddress is required")]
    [InlineData("""{"MACAddress":"a4bf012b7310","IPAddresses":[null]}""", "couldn't validate ethernet interface: IPAddresses[0] must be an object with an IPAddress")]
    [InlineData("""{"MACAddress":"a4bf012b7310","IPAddresses":[{"IPAddress":"10.0.0.1"},{"IPAddress":"10.0.0.1","Network":"HMN"}]}""", "couldn't validate ethernet interface: IPAddresses[1]: IP address 10.0.0.1 is listed more than once")]
    [InlineData("""{"MACAddress":"zz","ComponentID":"x1c9","IPAddresses":[{"IPAddress":"host.example"}]}""", "couldn't validate ethernet interface: invalid MACAddress: 'zz' is not a valid MAC address: 'z' is not a hexadecimal digit; invalid ComponentID: 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7; invalid IPAddresses[0].IPAddress: 'host.example' is not a valid IP address: it is neither a dotted-quad IPv4 address nor an IPv6 address (host names are not accepted)")]
    public async Task Post_InvalidBody_Is400NamingTheProblemAndStoresNothing(string json, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(InterfacesPath, json, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interfaces"));
    }

    [Theory]
    [InlineData("""{"MACAddress":"a4bf012b7310","IPAddresses":"10.0.0.1"}""", "field 'IPAddresses' has the wrong type: expected an array")]
    [InlineData("""{"MACAddress":42}""", "field 'MACAddress' has the wrong type: expected a string")]
    [InlineData("""{"MACAddress":"a4bf012b7310","IPAddresses":[{"IPAddress":10}]}""", "field 'IPAddresses[0].IPAddress' has the wrong type: expected a string")]
    [InlineData("""{"MACAddress":"a4bf012b7310",""", "malformed JSON")]
    [InlineData("", "a JSON object body is required")]
    public async Task Post_MalformedOrMistypedJson_Is400(string json, string detailStart)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(InterfacesPath, json, Ct);

        Assert.StartsWith(detailStart, await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interfaces"));
    }

    [Fact]
    public async Task Post_ConcurrentSameMac_StoresOneAndAnswers409ToTheRest()
    {
        using var client = Smd.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.PostJsonAsync(InterfacesPath, Interface("a4:bf:01:2b:73:10", $"x3000c0s19b1n{i}", $"10.0.0.{i + 1}"), Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }
}
