using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary><c>GET /Inventory/EthernetInterfaces</c> and <c>GET /{id}</c>: shapes, IDs in any form, 404s.</summary>
public sealed class EthernetInterfaceReadTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task GetCollection_Empty_IsEmptyBareArray()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync(InterfacesPath, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task GetCollection_SeveralInterfaces_AreSortedById()
    {
        using var client = Smd.CreateClient();
        foreach (var mac in new[] { "ff:00:00:00:00:01", "00:00:00:00:00:0a", "a4:bf:01:2b:73:10" })
        {
            await client.PostInterfaceAsync(Interface(mac));
        }

        Assert.Equal(["00000000000a", "a4bf012b7310", "ff0000000001"], await client.GetInterfaceIdsAsync());
    }

    [Fact]
    public async Task GetCollection_WithTrailingSlash_AnswersTheSame()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10"));

        using var response = await client.GetAsync(InterfacesPath + "/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await response.ReadJsonAsync(Ct)).EnumerateArray());
    }

    [Theory]
    [InlineData("a4bf012b7310")]
    [InlineData("A4BF012B7310")]
    [InlineData("a4:bf:01:2b:73:10")]
    [InlineData("A4-BF-01-2B-73-10")]
    [InlineData("a4bf.012b.7310")]
    public async Task GetOne_IdOrMacInAnyForm_FindsTheInterface(string id)
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0"));

        var found = await client.GetInterfaceAsync(id);

        Assert.Equal("a4bf012b7310", found.GetProperty("ID").GetString());
    }

    [Fact]
    public async Task GetOne_Unknown_Is404NamingIt()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{InterfacesPath}/A4BF012B7310", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "No such component ethernet interface: a4bf012b7310");
    }

    [Theory]
    [InlineData("GET", "", null)]
    [InlineData("DELETE", "", null)]
    [InlineData("PATCH", "", """{"Description":"x"}""")]
    [InlineData("GET", "/IPAddresses", null)]
    [InlineData("POST", "/IPAddresses", """{"IPAddress":"10.0.0.1"}""")]
    [InlineData("PATCH", "/IPAddresses/10.0.0.1", """{"Network":"HMN"}""")]
    [InlineData("DELETE", "/IPAddresses/10.0.0.1", null)]
    public async Task AnyRoute_InvalidInterfaceId_Is400(string method, string suffix, string? body)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{InterfacesPath}/not-a-mac{suffix}", body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest,
            "'not-a-mac' is not a valid ethernet interface ID (the 12 hexadecimal digits of a MAC address)");
    }
}
