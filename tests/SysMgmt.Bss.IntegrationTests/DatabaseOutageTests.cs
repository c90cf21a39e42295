using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using static SysMgmt.Bss.IntegrationTests.Infrastructure.StackRequests;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>
/// With PostgreSQL stopped, BSS keeps booting nodes from memory, refuses writes with 503 and says it is degraded;
/// once PostgreSQL is back it listens for changes again and writes work.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;
    private BssStack _stack = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // A private cluster: this test stops it.
        _postgres = await PostgresServer.StartThrowawayAsync(Ct);
        _stack = new BssStack(_postgres);
        await _stack.InitializeAsync();
        await _stack.AddNodeAsync("x3000c0s8b0n0", 8, "Compute", ["02:00:00:00:08:01"]);
        await _stack.RefreshAsync();
        using var bss = _stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["Compute"],"params":"before","kernel":"http://k/compute"}""");
    }

    public async ValueTask DisposeAsync()
    {
        await _stack.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task Bootscript_DatabaseStopped_StillBootsAndRecoversWhenItReturns()
    {
        using var bss = _stack.BssClient();
        using var anonymous = _stack.BssClient(scope: null);
        await _postgres.StopAsync(Ct);

        var script = await anonymous.ScriptAsync("mac=02:00:00:00:08:01");
        using var write = await bss.PutJsonAsync(BootParametersPath, """{"hosts":["Compute"],"params":"during","kernel":"http://k/compute"}""", Ct);
        var readiness = await (await anonymous.GetAsync("/readyz", Ct)).ReadJsonAsync(Ct);

        await _postgres.StartAgainAsync(Ct);
        await EventuallyAsync(async () => (await (await anonymous.GetAsync("/readyz", Ct)).ReadJsonAsync(Ct)).GetProperty("status").GetString() == "Healthy",
            "BSS is healthy again", TimeSpan.FromSeconds(30));
        await bss.PutParametersAsync("""{"hosts":["Compute"],"params":"after","kernel":"http://k/compute"}""");

        Assert.Contains(" before xname=x3000c0s8b0n0 ", script, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        Assert.Equal("Degraded", readiness.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Contains(" after xname=x3000c0s8b0n0 ", await anonymous.ScriptAsync("mac=02:00:00:00:08:01"), StringComparison.Ordinal);
    }
}
