using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>SMD restarts while BSS follows its stream: BSS keeps booting nodes, then resumes after its last change.</summary>
public sealed class StreamResumeTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private readonly StreamingBssStack _stack = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _stack.InitializeAsync();

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    [Fact]
    public async Task SmdRestartedMidStream_BssKeepsServingAndResumesWithoutAGap()
    {
        using var anonymous = _stack.BssClient(scope: null);
        await _stack.AddNodeAsync("x3000c0s12b0n0", 12, "Compute", ["02:00:00:00:12:01"]);
        await anonymous.EventuallyScriptAsync("mac=02:00:00:00:12:01", "xname=x3000c0s12b0n0");
        using var stopServing = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var serving = KeepBootingAsync(anonymous, "mac=02:00:00:00:12:01", "xname=x3000c0s12b0n0 nid=12 ", stopServing.Token);

        // Written just before SMD stops: in the stream, or in what BSS asks for when it resumes.
        await _stack.AddNodeAsync("x3000c0s13b0n0", 13, "Compute", ["02:00:00:00:13:01"]);
        await _stack.StopSmdAsync();
        await StackRequests.EventuallyAsync(async () => (await _stack.NodeIndexHealthAsync()).Contains("broke", StringComparison.Ordinal), "BSS sees the stream broken");
        var whileDown = await anonymous.ScriptAsync("mac=02:00:00:00:12:01");
        await _stack.StartSmdAsync();

        // Written as soon as SMD is back, before or after BSS has reconnected.
        await _stack.AddNodeAsync("x3000c0s14b0n0", 14, "Compute", ["02:00:00:00:14:01"]);
        await anonymous.EventuallyScriptAsync("mac=02:00:00:00:13:01", "xname=x3000c0s13b0n0 nid=13 ");
        await anonymous.EventuallyScriptAsync("mac=02:00:00:00:14:01", "xname=x3000c0s14b0n0 nid=14 ");
        var latest = await LatestSequenceAsync();
        await StackRequests.EventuallyAsync(async () => (await _stack.NodeIndexHealthAsync()).StartsWith($"following SMD's inventory stream at sequence {latest}:", StringComparison.Ordinal),
            $"BSS has applied SMD's latest change ({latest})");
        var health = await _stack.NodeIndexHealthAsync();
        await stopServing.CancelAsync();
        var (answered, failures) = await serving;

        Assert.Contains("xname=x3000c0s12b0n0 nid=12 ", whileDown, StringComparison.Ordinal);
        Assert.Contains("snapshots taken: 1,", health, StringComparison.Ordinal);
        Assert.Contains(": 3 nodes", health, StringComparison.Ordinal);
        Assert.Empty(failures);
        Assert.True(answered > 10, $"only {answered} boot scripts were asked for while SMD restarted");
    }

    /// <summary>Asks for a node's boot script again and again until cancelled; returns how many and what went wrong.</summary>
    private static async Task<(int Answered, List<string> Failures)> KeepBootingAsync(HttpClient bss, string query, string expected, CancellationToken stop)
    {
        var answered = 0;
        var failures = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            using var response = await bss.GetAsync("/boot/v1/bootscript?" + query, CancellationToken.None);
            var script = await response.Content.ReadAsStringAsync(CancellationToken.None);
            answered++;
            if (response.StatusCode != HttpStatusCode.OK || !script.Contains(expected, StringComparison.Ordinal))
            {
                failures.Add($"{(int)response.StatusCode}: {script}");
            }

            await Task.Delay(20, CancellationToken.None);
        }

        return (answered, failures);
    }

    private async Task<ulong> LatestSequenceAsync()
    {
        using var smd = _stack.SmdClient();
        var head = await (await smd.GetAsync("/hsm/v2/changes?limit=0", Ct)).ReadJsonAsync(Ct);
        return head.GetProperty("LatestSequence").GetUInt64();
    }
}
