using System.Globalization;
using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary>Every filter of <c>GET /Inventory/EthernetInterfaces</c>, alone and combined, and invalid values.</summary>
public sealed class EthernetInterfaceFilterTests(SmdFixture smd) : SmdTestBase(smd)
{
    // A: a node with two addresses on two networks; B: a BMC with an address on no network;
    // C: a node without addresses; D: no owner yet, an IPv6 address.
    private const string A = "aa0000000001", B = "aa0000000002", C = "aa0000000003", D = "aa0000000004";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("aa:00:00:00:00:01", "x3000c0s19b1n0", "10.0.0.1@HMN", "10.1.0.1@NMN"));
        await client.PostInterfaceAsync(Interface("aa:00:00:00:00:02", "x3000c0s19b1", "10.254.0.2"));
        await client.PostInterfaceAsync(Interface("aa:00:00:00:00:03", "x3000c0s19b1n1"));
        await client.PostInterfaceAsync(Interface("aa:00:00:00:00:04", null, "fe80::4@HMN"));
    }

    [Theory]
    // ID: any case or MAC form; repeated values are ORed.
    [InlineData("ID=AA0000000001", new[] { A })]
    [InlineData("ID=aa:00:00:00:00:01&ID=aa0000000003", new[] { A, C })]
    [InlineData("ID=bb0000000001", new string[0])]
    // MACAddress: any form.
    [InlineData("MACAddress=aa:00:00:00:00:02", new[] { B })]
    [InlineData("MACAddress=AA-00-00-00-00-02&MACAddress=aa00.0000.0004", new[] { B, D })]
    [InlineData("MACAddress=aa0000000003", new[] { C })]
    // IPAddress: canonical form matches; blank means "no address".
    [InlineData("IPAddress=10.0.0.1", new[] { A })]
    [InlineData("IPAddress=10.1.0.1", new[] { A })]
    [InlineData("IPAddress=FE80:0::4", new[] { D })]
    [InlineData("IPAddress=", new[] { C })]
    [InlineData("IPAddress=&IPAddress=10.254.0.2", new[] { B, C })]
    // Network: blank means "an address without a network".
    [InlineData("Network=HMN", new[] { A, D })]
    [InlineData("Network=NMN&Network=HMN", new[] { A, D })]
    [InlineData("Network=", new[] { B })]
    [InlineData("Network=&Network=NMN", new[] { A, B })]
    [InlineData("Network=hmn", new string[0])]
    // ComponentID: normalised xname; blank means "no owner".
    [InlineData("ComponentID=X3000C0S19B1N0", new[] { A })]
    [InlineData("ComponentID=x03000c0s19b1&ComponentID=x3000c0s19b1n1", new[] { B, C })]
    [InlineData("ComponentID=", new[] { D })]
    [InlineData("ComponentID=&ComponentID=x3000c0s19b1", new[] { B, D })]
    // Type: any case.
    [InlineData("Type=node", new[] { A, C })]
    [InlineData("Type=NodeBMC&Type=Node", new[] { A, B, C })]
    // Different parameters are ANDed; names are case-insensitive; unknown ones are ignored.
    [InlineData("type=Node&network=HMN", new[] { A })]
    [InlineData("TYPE=Node&ipaddress=", new[] { C })]
    [InlineData("componentid=x3000c0s19b1n0&MACADDRESS=aa:00:00:00:00:02", new string[0])]
    [InlineData("color=blue", new[] { A, B, C, D })]
    public async Task Get_Filter_MatchesExactlyTheseInterfaces(string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        Assert.Equal(expected, await client.GetInterfaceIdsAsync(query));
    }

    [Fact]
    public async Task Get_NewerThanAndOlderThan_SelectByLastUpdate()
    {
        await Smd.ResetAsync();
        await using var host = new ClockedSmdHost(Smd);
        var (client, clock) = (host.Client, host.Clock);
        var first = clock.GetUtcNow();
        await client.PostInterfaceAsync(Interface("aa:00:00:00:00:01"));
        clock.Advance(TimeSpan.FromMinutes(10));
        await client.PostInterfaceAsync(Interface("aa:00:00:00:00:02"));
        var between = Uri.EscapeDataString(first.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture));
        var betweenInPlusTwo = Uri.EscapeDataString(first.AddMinutes(5).ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
        var exactlyFirst = Uri.EscapeDataString(first.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffZ", CultureInfo.InvariantCulture));

        Assert.Equal([B], await client.GetInterfaceIdsAsync($"NewerThan={between}"));
        Assert.Equal([A], await client.GetInterfaceIdsAsync($"OlderThan={between}"));
        Assert.Equal([B], await client.GetInterfaceIdsAsync($"newerthan={betweenInPlusTwo}"));
        // Both bounds are strict.
        Assert.Equal([B], await client.GetInterfaceIdsAsync($"NewerThan={exactlyFirst}"));
        Assert.Empty(await client.GetInterfaceIdsAsync($"NewerThan={exactlyFirst}&OlderThan={between}"));
    }

    [Theory]
    [InlineData("MACAddress=zz", "bad query param: MACAddress 'zz' is not a valid MAC address: 'z' is not a hexadecimal digit")]
    [InlineData("MACAddress=", "bad query param: MACAddress may not be blank")]
    [InlineData("ID=", "bad query param: ID may not be blank")]
    [InlineData("ID=12345", "bad query param: ID '12345' is not a valid ethernet interface ID (the 12 hexadecimal digits of a MAC address)")]
    [InlineData("IPAddress=10.0.0.01", "bad query param: IPAddress '10.0.0.01' is not a valid IP address: octet '01' has a leading zero")]
    [InlineData("ComponentID=x1c9", "bad query param: ComponentID 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7")]
    [InlineData("Type=Bogus", "bad query param: Type 'Bogus' is not a valid HMS Type")]
    [InlineData("Type=", "bad query param: Type may not be blank")]
    [InlineData("Type=!Node", "bad query param: Type '!Node': negation ('!') is not supported by the EthernetInterfaces filters")]
    [InlineData("Network=!HMN", "bad query param: Network '!HMN': negation ('!') is not supported by the EthernetInterfaces filters")]
    [InlineData("OlderThan=yesterday", "bad query param: OlderThan 'yesterday' is not an RFC 3339 timestamp (e.g. 2006-01-02T15:04:05Z or 2006-01-02T15:04:05.123456-07:00)")]
    [InlineData("NewerThan=2024-01-01T00:00:00", "bad query param: NewerThan '2024-01-01T00:00:00' is not an RFC 3339 timestamp (e.g. 2006-01-02T15:04:05Z or 2006-01-02T15:04:05.123456-07:00)")]
    [InlineData("OlderThan=2024-01-01T00:00:00Z&OlderThan=2025-01-01T00:00:00Z", "bad query param: OlderThan may be given only once")]
    [InlineData("Type=Bogus&MACAddress=zz&IPAddress=1.2.3", "bad query param: MACAddress 'zz' is not a valid MAC address: 'z' is not a hexadecimal digit; IPAddress '1.2.3' is not a valid IP address: an IPv4 address has 4 dot-separated octets, found 3; Type 'Bogus' is not a valid HMS Type")]
    public async Task Get_InvalidFilter_Is400NamingEveryBadValue(string query, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{InterfacesPath}?{query}", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }
}
