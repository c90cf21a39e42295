using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;

namespace SysMgmt.Smd.IntegrationTests.Auth;

/// <summary>SMD's routes under JWT auth: public reads for boot tooling, read and write scopes for the rest.</summary>
public sealed class SmdAuthTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Component = """{"Components":[{"ID":"x1000c0s0b0n0","State":"On"}]}""";

    public static TheoryData<string, string> ProtectedRoutes => new()
    {
        { "POST", "/hsm/v2/State/Components" },
        { "DELETE", "/hsm/v2/State/Components" },
        { "GET", "/hsm/v2/State/Components/x1000c0s0b0n0" },
        { "PUT", "/hsm/v2/State/Components/x1000c0s0b0n0" },
        { "DELETE", "/hsm/v2/State/Components/x1000c0s0b0n0" },
        { "GET", "/hsm/v2/State/Components/ByNID/1" },
        { "POST", "/hsm/v2/State/Components/ByNID/Query" },
        { "POST", "/hsm/v2/State/Components/Query" },
        { "GET", "/hsm/v2/State/Components/Query/s0" },
        { "PATCH", "/hsm/v2/State/Components/BulkStateData" },
        { "PATCH", "/hsm/v2/State/Components/x1000c0s0b0n0/StateData" },
        { "PATCH", "/hsm/v2/State/Components/BulkNID" },
        { "GET", "/hsm/v2/Defaults/NodeMaps" },
        { "POST", "/hsm/v2/Defaults/NodeMaps" },
        { "DELETE", "/hsm/v2/Defaults/NodeMaps/x1000c0s0b0n0" },
        { "GET", "/hsm/v2/Inventory/RedfishEndpoints" },
        { "POST", "/hsm/v2/Inventory/RedfishEndpoints" },
        { "DELETE", "/hsm/v2/Inventory/RedfishEndpoints" },
        { "GET", "/hsm/v2/Inventory/RedfishEndpoints/x1000c0s0b0" },
        { "PUT", "/hsm/v2/Inventory/RedfishEndpoints/x1000c0s0b0" },
        { "PATCH", "/hsm/v2/Inventory/RedfishEndpoints/x1000c0s0b0" },
        { "DELETE", "/hsm/v2/Inventory/RedfishEndpoints/x1000c0s0b0" },
        { "GET", "/hsm/v2/Inventory/RedfishEndpoints/Query/s0" },
        { "GET", "/hsm/v2/Inventory/ComponentEndpoints" },
        { "DELETE", "/hsm/v2/Inventory/ComponentEndpoints" },
        { "GET", "/hsm/v2/Inventory/ComponentEndpoints/x1000c0s0b0n0" },
        { "DELETE", "/hsm/v2/Inventory/ComponentEndpoints/x1000c0s0b0n0" },
        { "GET", "/hsm/v2/Inventory/ServiceEndpoints" },
        { "DELETE", "/hsm/v2/Inventory/ServiceEndpoints" },
        { "GET", "/hsm/v2/Inventory/ServiceEndpoints/UpdateService" },
        { "GET", "/hsm/v2/Inventory/ServiceEndpoints/UpdateService/RedfishEndpoints/x1000c0s0b0" },
        { "DELETE", "/hsm/v2/Inventory/ServiceEndpoints/UpdateService/RedfishEndpoints/x1000c0s0b0" },
    };

    public static TheoryData<string> PublicRoutes =>
    [
        "/hsm/v2/service/ready",
        "/hsm/v2/service/values",
        "/hsm/v2/service/values/role",
        "/hsm/v2/State/Components",
        "/hsm/v2/State/Components/",
        "/healthz",
        "/readyz",
    ];

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task ProtectedRoute_WithoutToken_Is401Problem(string method, string path)
    {
        using var anonymous = Smd.CreateClient(scope: null);

        var response = await anonymous.SendJsonAsync(new HttpMethod(method), path, method is "GET" or "DELETE" ? null : "{}", TestContext.Current.CancellationToken);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "a bearer token is required");
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task PublicRoute_WithoutToken_Answers(string path)
    {
        using var anonymous = Smd.CreateClient(scope: null);

        var response = await anonymous.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Write_WithReadToken_Is403AndStoresNothing()
    {
        await Smd.ResetAsync();
        using var reader = Smd.CreateClient("read");

        var response = await reader.PostJsonAsync("/hsm/v2/State/Components", Component, TestContext.Current.CancellationToken);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden, "the token lacks the 'write' scope");
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.components"));
    }

    [Fact]
    public async Task Read_WithReadToken_IsAllowed()
    {
        using var reader = Smd.CreateClient("read");

        var response = await reader.GetAsync("/hsm/v2/Defaults/NodeMaps", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Write_WithWriteToken_IsAllowed()
    {
        await Smd.ResetAsync();
        using var writer = Smd.CreateClient("write");

        var response = await writer.PostJsonAsync("/hsm/v2/State/Components", Component, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithTokenFromAnotherIssuer_Is401()
    {
        using var stranger = new Testing.Authentication.TestTokenIssuer();
        using var client = Smd.CreateClient(scope: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", stranger.CreateToken("read write"));

        var response = await client.PostJsonAsync("/hsm/v2/State/Components", Component, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
