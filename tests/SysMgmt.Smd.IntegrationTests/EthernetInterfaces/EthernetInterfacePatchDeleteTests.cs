using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary><c>PATCH</c> and <c>DELETE /Inventory/EthernetInterfaces/{id}</c>, and <c>DELETE</c> of the collection.</summary>
public sealed class EthernetInterfacePatchDeleteTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Id = "a4bf012b7310";

    [Fact]
    public async Task Patch_Description_ChangesOnlyItAndAnswersTheInterface()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.0.0.1@HMN"));
        var before = await client.GetInterfaceAsync(Id);

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", """{"Description":"boot NIC"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var answered = await response.ReadJsonAsync(Ct);
        Assert.Equal(["boot NIC", "x3000c0s19b1n0", "Node", before.Str("LastUpdate")!], answered.Fields("Description", "ComponentID", "Type", "LastUpdate"));
        Assert.Equal(["10.0.0.1@HMN"], answered.Addresses());
        Assert.Equal(answered.ToString(), (await client.GetInterfaceAsync(Id)).ToString());
    }

    [Fact]
    public async Task Patch_ComponentId_NormalisesItAndDerivesType()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/A4:BF:01:2B:73:10", """{"ComponentID":"X3000C0S19B01"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(["x3000c0s19b1", "NodeBMC"], (await client.GetInterfaceAsync(Id)).Fields("ComponentID", "Type"));
    }

    [Fact]
    public async Task Patch_EmptyComponentId_ClearsTheOwner()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0"));

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", """{"ComponentID":""}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(["", ""], (await client.GetInterfaceAsync(Id)).Fields("ComponentID", "Type"));
    }

    [Fact]
    public async Task Patch_IpAddresses_ReplacesTheListInOrderAndMovesLastUpdate()
    {
        await using var host = new ClockedSmdHost(Smd);
        var (client, clock) = (host.Client, host.Clock);
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.0.0.1@HMN", "10.0.0.2"));
        var created = (await client.GetInterfaceAsync(Id)).LastUpdate();
        clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}",
            """{"IPAddresses":[{"IPAddress":"10.0.0.9","Network":"NMN"},{"IPAddress":"10.0.0.1"}]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var patched = await client.GetInterfaceAsync(Id);
        Assert.Equal(["10.0.0.9@NMN", "10.0.0.1"], patched.Addresses());
        Assert.Equal(created.AddMinutes(1), patched.LastUpdate());
    }

    [Fact]
    public async Task Patch_DescriptionOrOwner_LeavesLastUpdate()
    {
        await using var host = new ClockedSmdHost(Smd);
        var (client, clock) = (host.Client, host.Clock);
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));
        var created = (await client.GetInterfaceAsync(Id)).Str("LastUpdate");
        clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", """{"Description":"x","ComponentID":"x3000c0s19b1n0"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(created, (await client.GetInterfaceAsync(Id)).Str("LastUpdate"));
    }

    [Fact]
    public async Task Patch_EmptyIpAddresses_RemovesEveryAddress()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.1", "10.0.0.2"));

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", """{"IPAddresses":[]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Empty((await client.GetInterfaceAsync(Id)).Addresses());
    }

    [Theory]
    [InlineData("{}", "Request must have at least one patch field.")]
    [InlineData("""{"Description":null}""", "Request must have at least one patch field.")]
    [InlineData("""{"ComponentID":"x1c9"}""", "invalid ComponentID: 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7")]
    [InlineData("""{"Description":"changed","IPAddresses":[{"IPAddress":"10.0.0.1"},{"IPAddress":"1.2.3"}]}""", "invalid IPAddresses[1].IPAddress: '1.2.3' is not a valid IP address: an IPv4 address has 4 dot-separated octets, found 3")]
    public async Task Patch_InvalidBody_Is400AndChangesNothing(string json, string detail)
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.0.0.5"));
        var before = (await client.GetInterfaceAsync(Id)).ToString();

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", json, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Equal(before, (await client.GetInterfaceAsync(Id)).ToString());
    }

    [Fact]
    public async Task Patch_WrongJsonType_Is400NamingTheField()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", """{"Description":["x"]}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "field 'Description' has the wrong type: expected a string");
    }

    [Fact]
    public async Task Patch_Unknown_Is404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync($"{InterfacesPath}/{Id}", """{"Description":"x"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "No such component ethernet interface: a4bf012b7310");
    }

    [Fact]
    public async Task Delete_Existing_RemovesItAndItsAddresses()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.1", "10.0.0.2"));
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:11", null, "10.0.0.3"));

        using var response = await client.DeleteAsync($"{InterfacesPath}/A4-BF-01-2B-73-10", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("deleted 1 entry", (await response.ReadJsonAsync(Ct)).GetProperty("message").GetString());
        Assert.Equal(["a4bf012b7311"], await client.GetInterfaceIdsAsync());
        Assert.Equal(1L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }

    [Fact]
    public async Task Delete_Unknown_Is404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{InterfacesPath}/{Id}", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such component ethernet interface.");
    }

    [Fact]
    public async Task DeleteAll_WithInterfaces_RemovesEverythingAndCountsThem()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", null, "10.0.0.1"));
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:11"));

        using var response = await client.DeleteAsync(InterfacesPath, Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("deleted 2 entries", (await response.ReadJsonAsync(Ct)).GetProperty("message").GetString());
        Assert.Empty(await client.GetInterfaceIdsAsync());
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }

    [Fact]
    public async Task DeleteAll_Empty_Is404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync(InterfacesPath, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no entries to delete");
    }

    [Fact]
    public async Task DeleteComponent_LeavesItsInterfaces()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x3000c0s19b1n0"));
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0"));

        using var response = await client.DeleteAsync($"{ComponentsPath}/x3000c0s19b1n0", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("x3000c0s19b1n0", (await client.GetInterfaceAsync(Id)).Str("ComponentID"));
    }
}
