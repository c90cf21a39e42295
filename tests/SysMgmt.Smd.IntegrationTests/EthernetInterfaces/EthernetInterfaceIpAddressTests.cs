using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary><c>/Inventory/EthernetInterfaces/{id}/IPAddresses</c>: one interface's addresses.</summary>
public sealed class EthernetInterfaceIpAddressTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Id = "a4bf012b7310";
    private const string AddressesPath = $"{InterfacesPath}/{Id}/IPAddresses";

    [Fact]
    public async Task Lifecycle_AddPatchDelete_EachMovesLastUpdate()
    {
        await using var host = new ClockedSmdHost(Smd);
        var (client, clock) = (host.Client, host.Clock);
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.0.0.1@HMN"));
        var created = (await client.GetInterfaceAsync(Id)).LastUpdate();

        clock.Advance(TimeSpan.FromMinutes(1));
        using (var added = await client.PostJsonAsync(AddressesPath, """{"IPAddress":"10.0.0.2","Network":"NMN"}""", Ct))
        {
            await AssertStatusAsync(added, HttpStatusCode.Created);
            Assert.Equal($"{AddressesPath}/10.0.0.2", (await added.ReadJsonAsync(Ct)).Str("URI"));
            Assert.Equal($"{AddressesPath}/10.0.0.2", added.Headers.Location?.OriginalString);
        }

        Assert.Equal(["10.0.0.1@HMN", "10.0.0.2@NMN"], (await client.GetInterfaceAsync(Id)).Addresses());
        Assert.Equal(created.AddMinutes(1), (await client.GetInterfaceAsync(Id)).LastUpdate());

        clock.Advance(TimeSpan.FromMinutes(1));
        using (var patched = await client.PatchJsonAsync($"{AddressesPath}/10.0.0.2", """{"Network":"CAN"}""", Ct))
        {
            await AssertStatusAsync(patched, HttpStatusCode.OK);
            Assert.Equal("""{"IPAddress":"10.0.0.2","Network":"CAN"}""", await patched.Content.ReadAsStringAsync(Ct));
        }

        Assert.Equal(created.AddMinutes(2), (await client.GetInterfaceAsync(Id)).LastUpdate());

        clock.Advance(TimeSpan.FromMinutes(1));
        using (var deleted = await client.DeleteAsync($"{AddressesPath}/10.0.0.1", Ct))
        {
            await AssertStatusAsync(deleted, HttpStatusCode.OK);
            Assert.Equal("deleted 1 entry", (await deleted.ReadJsonAsync(Ct)).Str("message"));
        }

        var final = await client.GetInterfaceAsync(Id);
        Assert.Equal(["10.0.0.2@CAN"], final.Addresses());
        Assert.Equal(created.AddMinutes(3), final.LastUpdate());
    }

    [Fact]
    public async Task Get_Addresses_IsBareArrayInOrder()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.9@HMN", "10.0.0.1"));

        using var response = await client.GetAsync($"{InterfacesPath}/A4:BF:01:2B:73:10/IPAddresses", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("""[{"IPAddress":"10.0.0.9","Network":"HMN"},{"IPAddress":"10.0.0.1"}]""", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Get_AddressesOfInterfaceWithout_IsEmptyArray()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));

        using var response = await client.GetAsync(AddressesPath, Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Post_AddressTheInterfaceHas_Is409AndLeavesLastUpdate()
    {
        await using var host = new ClockedSmdHost(Smd);
        var (client, clock) = (host.Client, host.Clock);
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "fe80::1@HMN"));
        var created = (await client.GetInterfaceAsync(Id)).LastUpdate();
        clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await client.PostJsonAsync(AddressesPath, """{"IPAddress":"FE80:0::1","Network":"NMN"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing IP Address on the same ethernet interface (fe80::1).");
        var stored = await client.GetInterfaceAsync(Id);
        Assert.Equal(["fe80::1@HMN"], stored.Addresses());
        Assert.Equal(created, stored.LastUpdate());
    }

    [Fact]
    public async Task Post_AddressOfAnotherInterface_IsAllowed()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:11", null, "10.0.0.1"));

        using var response = await client.PostJsonAsync(AddressesPath, """{"IPAddress":"10.0.0.1"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        Assert.Equal(["a4bf012b7310", "a4bf012b7311"], await client.GetInterfaceIdsAsync("IPAddress=10.0.0.1"));
    }

    [Theory]
    [InlineData("""{"Network":"HMN"}""", "IPAddress is required")]
    [InlineData("""{"IPAddress":"10.0.0"}""", "invalid IPAddress: '10.0.0' is not a valid IP address: an IPv4 address has 4 dot-separated octets, found 3")]
    [InlineData("""{"IPAddress":["10.0.0.1"]}""", "field 'IPAddress' has the wrong type: expected a string")]
    public async Task Post_InvalidAddress_Is400(string json, string detail)
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));

        using var response = await client.PostJsonAsync(AddressesPath, json, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Empty((await client.GetInterfaceAsync(Id)).Addresses());
    }

    [Theory]
    [InlineData("GET", "", null)]
    [InlineData("POST", "", """{"IPAddress":"10.0.0.1"}""")]
    [InlineData("PATCH", "/10.0.0.1", """{"Network":"HMN"}""")]
    [InlineData("DELETE", "/10.0.0.1", null)]
    public async Task AnyAddressRoute_UnknownInterface_Is404NamingIt(string method, string suffix, string? body)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(new HttpMethod(method), AddressesPath + suffix, body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "No such component ethernet interface: a4bf012b7310");
    }

    [Theory]
    [InlineData("PATCH", """{"Network":"HMN"}""")]
    [InlineData("DELETE", null)]
    public async Task PatchOrDelete_UnknownAddress_Is404(string method, string? body)
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.1"));

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{AddressesPath}/10.0.0.2", body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such IP address in component ethernet interface a4bf012b7310: 10.0.0.2");
    }

    [Fact]
    public async Task Patch_EmptyNetwork_ClearsIt()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.1@HMN"));

        using var response = await client.PatchJsonAsync($"{AddressesPath}/10.0.0.1", """{"Network":""}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("""{"IPAddress":"10.0.0.1"}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["10.0.0.1"], (await client.GetInterfaceAsync(Id)).Addresses());
    }

    [Fact]
    public async Task Patch_WithoutNetwork_Is400AndKeepsEveryAddress()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.1@HMN", "10.0.0.2"));

        using var response = await client.PatchJsonAsync($"{AddressesPath}/10.0.0.1", "{}", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "Request must have at least one patch field.");
        Assert.Equal(["10.0.0.1@HMN", "10.0.0.2"], (await client.GetInterfaceAsync(Id)).Addresses());
    }

    [Theory]
    [InlineData("PATCH", """{"Network":"HMN"}""")]
    [InlineData("DELETE", null)]
    public async Task PatchOrDelete_AddressInOtherSpelling_FindsIt(string method, string? body)
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "fe80::a:1"));

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{AddressesPath}/FE80:0:0:0:0:0:A:1", body, Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_InvalidAddressInPath_Is400()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));

        using var response = await client.DeleteAsync($"{AddressesPath}/10.0.0.300", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "'10.0.0.300' is not a valid IP address: octet 300 is out of range 0-255");
    }
}
