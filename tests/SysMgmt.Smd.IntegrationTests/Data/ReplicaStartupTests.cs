using System.Net;
using System.Net.Http.Headers;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Smd.IntegrationTests.Data;

/// <summary>Replicas share one database; they must be able to start at the same moment (migrations take turns).</summary>
public sealed class ReplicaStartupTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task TwoSmdProcesses_StartedTogether_BothServeTheSameData()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tokens = new TestTokenIssuer();
        var environment = SmdSettings.AsEnvironment(await postgres.Server.CreateDatabaseAsync("replicas", ct), tokens);

        await using var first = ServiceProcess.Start("SysMgmt.Smd.dll", environment);
        await using var second = ServiceProcess.Start("SysMgmt.Smd.dll", environment);
        await Task.WhenAll(
            first.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), ct),
            second.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), ct));

        using var writer = Client(first.BaseUrl, tokens);
        using var reader = Client(second.BaseUrl, tokens);
        var created = await writer.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x3000c0s1b0n0","State":"On"}]}""", ct);
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        var read = await (await reader.GetAsync("/hsm/v2/State/Components/x3000c0s1b0n0", ct)).ReadJsonAsync(ct);
        Assert.Equal("On", read.GetProperty("State").GetString());

        Assert.Equal(0, await first.StopAsync(ct));
        Assert.Equal(0, await second.StopAsync(ct));
    }

    private static HttpClient Client(string baseUrl, TestTokenIssuer tokens) => new()
    {
        BaseAddress = new Uri(baseUrl),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateToken("read write")) },
    };
}
