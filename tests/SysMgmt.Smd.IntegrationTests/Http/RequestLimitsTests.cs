using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Smd.IntegrationTests.Http;

/// <summary>Kestrel's body limit (the in-memory test server does not enforce it, so this runs SMD as a process).</summary>
public sealed class RequestLimitsTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Post_BodyOverTheLimit_Is413ProblemAndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tokens = new TestTokenIssuer();
        await using var smd = ServiceProcess.Start("SysMgmt.Smd.dll", SmdSettings.AsEnvironment(await postgres.Server.CreateDatabaseAsync("limits", ct), tokens, ("Kestrel:Limits:MaxRequestBodySize", "4096")));
        await smd.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), ct);
        using var client = new HttpClient { BaseAddress = new Uri(smd.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateToken("read write"));
        var components = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{"ID":"x1c0s{{i % 64}}b0n{{i / 64}}","State":"On"}"""));

        var tooLarge = await client.PostJsonAsync("/hsm/v2/State/Components", $$"""{"Components":[{{components}}]}""", ct);
        var chunked = await client.PostAsync("/hsm/v2/State/Components",
            new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"Components":[{{components}}]}"""))), ct);

        await ProblemAssert.HasProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "the request body is too large");
        await ProblemAssert.HasProblemAsync(chunked, HttpStatusCode.RequestEntityTooLarge, "the request body is too large");
        var all = await (await client.GetAsync("/hsm/v2/State/Components", ct)).ReadJsonAsync(ct);
        Assert.Equal(0, all.GetProperty("Components").GetArrayLength());
    }
}
