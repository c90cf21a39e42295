using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary>Only the collection GET is public (DHCP tooling and cloud-init read it); every other route needs a token.</summary>
public sealed class EthernetInterfaceAuthTests(SmdFixture smd) : SmdTestBase(smd)
{
    public static TheoryData<string, string, string?> ProtectedRoutes => new()
    {
        { "POST", InterfacesPath, """{"MACAddress":"a4:bf:01:2b:73:10"}""" },
        { "DELETE", InterfacesPath, null },
        { "GET", $"{InterfacesPath}/a4bf012b7310", null },
        { "PATCH", $"{InterfacesPath}/a4bf012b7310", """{"Description":"x"}""" },
        { "DELETE", $"{InterfacesPath}/a4bf012b7310", null },
        { "GET", $"{InterfacesPath}/a4bf012b7310/IPAddresses", null },
        { "POST", $"{InterfacesPath}/a4bf012b7310/IPAddresses", """{"IPAddress":"10.0.0.2"}""" },
        { "PATCH", $"{InterfacesPath}/a4bf012b7310/IPAddresses/10.0.0.1", """{"Network":"HMN"}""" },
        { "DELETE", $"{InterfacesPath}/a4bf012b7310/IPAddresses/10.0.0.1", null },
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync(Interface("a4:bf:01:2b:73:10", "x3000c0s19b1n0", "10.0.0.1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MACAddress=a4:bf:01:2b:73:10")]
    [InlineData("IPAddress=10.0.0.1")]
    public async Task GetCollection_WithoutToken_Answers(string query)
    {
        using var anonymous = Smd.CreateClient(scope: null);

        Assert.Equal(["a4bf012b7310"], await anonymous.GetInterfaceIdsAsync(query));
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task ProtectedRoute_WithoutToken_Is401AndChangesNothing(string method, string path, string? body)
    {
        using var anonymous = Smd.CreateClient(scope: null);

        using var response = await anonymous.SendJsonAsync(new HttpMethod(method), path, body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "a bearer token is required");
        using var client = Smd.CreateClient();
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(["10.0.0.1"], stored.Addresses());
        Assert.Equal("", stored.GetProperty("Description").GetString());
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Route_WithReadToken_IsAllowedOnlyForReads(string method, string path, string? body)
    {
        using var reader = Smd.CreateClient("read");

        using var response = await reader.SendJsonAsync(new HttpMethod(method), path, body, Ct);

        if (method == "GET")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden, "the token lacks the 'write' scope");
        }
    }
}
