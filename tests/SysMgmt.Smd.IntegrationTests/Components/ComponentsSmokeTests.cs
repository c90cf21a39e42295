using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;

namespace SysMgmt.Smd.IntegrationTests.Components;

public sealed class ComponentsSmokeTests(SmdFixture smd) : IClassFixture<SmdFixture>
{
    [Fact]
    public async Task Post_ThenGet_ReturnsStoredComponent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = smd.CreateClient();
        var post = await client.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x1000c0s0b0n0","State":"On"}]}""", ct);
        Assert.Equal(HttpStatusCode.NoContent, post.StatusCode);

        var get = await client.GetAsync("/hsm/v2/State/Components/x1000c0s0b0n0", ct);
        var body = await get.ReadJsonAsync(ct);
        Assert.Equal("Node", body.GetProperty("Type").GetString());
    }
}
