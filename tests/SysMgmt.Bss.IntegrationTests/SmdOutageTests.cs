using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>With SMD stopped, BSS keeps booting nodes from its last index and says it is degraded.</summary>
public sealed class SmdOutageTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private readonly BssStack _stack = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _stack.InitializeAsync();
        await _stack.AddNodeAsync("x3000c0s5b0n0", 5, "Compute", ["02:00:00:00:05:01"]);
        await _stack.RefreshAsync();
        using var bss = _stack.BssClient();
        await bss.PutParametersAsync("""{"hosts":["Compute"],"params":"role=compute","kernel":"http://k/compute"}""");
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    [Fact]
    public async Task Bootscript_SmdStopped_StillAnswersFromTheIndexAndReadinessIsDegraded()
    {
        await _stack.Smd.StopAsync(Ct);
        using var bss = _stack.BssClient();
        using var anonymous = _stack.BssClient(scope: null);

        using var refresh = await bss.PostAsync("/boot/v1/hosts", null, Ct);
        var script = await anonymous.ScriptAsync("mac=02:00:00:00:05:01");
        using var ready = await anonymous.GetAsync("/readyz", Ct);
        var readiness = await ready.ReadJsonAsync(Ct);
        using var hsm = await anonymous.GetAsync("/boot/v1/service/hsm", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refresh.StatusCode);
        Assert.Contains("role=compute xname=x3000c0s5b0n0 nid=5 ", script, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        Assert.StartsWith("SMD unreachable", readiness.GetProperty("checks").GetProperty("smd-node-index").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, hsm.StatusCode);
        Assert.Equal("error", (await hsm.ReadJsonAsync(Ct)).GetProperty("bss-status-hsm").GetString());
    }
}
