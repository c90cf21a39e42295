using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Smd.IntegrationTests.Data;

/// <summary>
/// PostgreSQL goes away and comes back (an upgrade, a failover): SMD answers 503 with Retry-After meanwhile, never a
/// 500, loses nothing, and recovers by itself.
/// </summary>
public sealed class DatabaseRestartTests : IAsyncLifetime
{
    private readonly TestTokenIssuer _tokens = new();
    private PostgresServer _server = null!;
    private SmdApplicationFactory _smd = null!;

    public async ValueTask InitializeAsync()
    {
        // A private server: this test stops it, which must not disturb other test classes.
        _server = await PostgresServer.StartThrowawayAsync(TestContext.Current.CancellationToken);
        var connectionString = await _server.CreateDatabaseAsync("restart", TestContext.Current.CancellationToken);
        _smd = new SmdApplicationFactory(SmdSettings.For(connectionString, _tokens));
    }

    [Fact]
    public async Task Requests_WhileDatabaseDownAndAfterRestart_Are503ThenServedWithDataIntact()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _smd.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.CreateToken("read write"));
        var created = await client.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x1c0s0b0n0","State":"Ready"}]}""", ct);
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);

        await _server.StopAsync(ct);

        var read = await client.GetAsync("/hsm/v2/State/Components", ct);
        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.ServiceUnavailable, "database is unavailable");
        Assert.NotNull(read.Headers.RetryAfter);
        var write = await client.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x1c0s0b0n1","State":"On"}]}""", ct);
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.ServiceUnavailable);
        var readiness = await client.GetAsync("/readyz", ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        // Public: why, in words that name no server, user or database (Npgsql's message goes to the log).
        Assert.Contains("\"database unreachable: no connection\"", await readiness.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/hsm/v2/service/ready", ct), HttpStatusCode.ServiceUnavailable);

        await _server.StartAgainAsync(ct);

        // The pool's old connections are dead; the first requests after the restart must still succeed.
        var component = await (await client.GetAsync("/hsm/v2/State/Components/x1c0s0b0n0", ct)).ReadJsonAsync(ct);
        Assert.Equal("Ready", component.GetProperty("State").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hsm/v2/service/ready", ct)).StatusCode);
        var retried = await client.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x1c0s0b0n1","State":"On"}]}""", ct);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _smd.DisposeAsync();
        await _server.DisposeAsync();
        _tokens.Dispose();
    }
}
