using System.Diagnostics;
using System.Globalization;
using SysMgmt.Testing;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// Each benchmark under <c>scripts/bench</c>, run with small sizes as a user would rerun it: it must start its own
/// stack, load its data, check the answers and print its table. Only correctness is asserted here; the figures
/// depend on the machine and live in docs/benchmarks.md. One class, so the benchmarks run one after another.
/// </summary>
public sealed class BenchmarkScriptsTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task SmdComponents_SmallRun_PrintsEveryOperation()
    {
        var output = await RunAsync("smd-components", "--count", "300", "--runs", "1");

        Assert.Contains("POST 300 new components (one request)", output, StringComparison.Ordinal);
        Assert.Contains("GET ?type=Node (300 rows,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmdInventory_SmallRun_PrintsIngestionAndLookups()
    {
        var output = await RunAsync("smd-inventory", "--bmcs", "20", "--nodes", "2", "--nics", "2", "--clients", "4");

        Assert.Contains("ingest 20 BMCs x 2 nodes, 1 client", output, StringComparison.Ordinal);
        Assert.Contains("wrk: GET EthernetInterfaces?MACAddress=", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScnFeed_SmallRun_MeasuresTheFeedsCostAndDeliversEveryNotification()
    {
        var output = await RunAsync("scn-feed", "--count", "300", "--runs", "1", "--events", "50", "--clients", "4");

        Assert.Contains("POST 300 new components, feed off", output, StringComparison.Ordinal);
        Assert.Contains("POST 300 new components, feed on", output, StringComparison.Ordinal);
        Assert.Matches(@"SCN backlog, one notification per change\s+50\s", output);
        Assert.Matches(@"SCN bulk change of every node \(merged notifications\)\s+50\s", output);
    }

    [Fact]
    public async Task BootStorm_SmallRun_EveryAnswerIsTheNodesOwnAndNewNodesAreFresh()
    {
        var output = await RunAsync("boot-storm", "--nodes", "1000", "--nodes-per-bmc", "100", "--duration", "1", "--rounds", "1", "--freshness", "20");

        Assert.Contains("GET /boot/v1/bootscript?mac=<random node> (BSS)", output, StringComparison.Ordinal);
        Assert.Matches(@"target: no wrong answers or socket errors\s+0\s+PASS", output);
        Assert.Contains("BSS resident memory (VmRSS)", output, StringComparison.Ordinal);
        Assert.Matches(@"freshness: SMD write -> BSS script, 20 nodes\s+\d+\.\d\s+\d+\.\d\s+max", output);
    }

    [Fact]
    public async Task Discovery_SmallRun_ScansCollectsAndSendsEveryBmc()
    {
        var output = await RunAsync("discovery", "--bmcs", "20", "--concurrency", "8");

        Assert.Contains("BMCs collected and sent                                        20 of 20", output, StringComparison.Ordinal);
        Assert.Matches(@"Redfish requests per BMC \(scan \+ collect, emulator's count\)\s+\d+", output);
    }

    [Fact]
    public async Task WatchFreshness_SmallRun_SysmgmtWatchPrintsEveryChange()
    {
        var output = await RunAsync("watch-freshness", "--count", "20");

        Assert.Matches(@"\| 20 \| \d+\.\d ms \| \d+\.\d ms \| \d+\.\d ms \|", output);
    }

    /// <summary>Runs <c>scripts/bench/NAME</c> on free ports; returns its output after asserting exit status 0.</summary>
    private static async Task<string> RunAsync(string name, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash");
        startInfo.ArgumentList.Add(RepositoryPaths.Script(Path.Combine("bench", name)));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["SYSMGMT_BENCH_PORT"] = FreePort();
        startInfo.Environment["SYSMGMT_BENCH_BSS_PORT"] = FreePort();
        startInfo.Environment["SYSMGMT_BENCH_GRPC_PORT"] = FreePort();
        startInfo.Environment["SYSMGMT_BENCH_OFF_PORT"] = FreePort();
        startInfo.Environment["SYSMGMT_BENCH_NGINX_PORT"] = FreePort();
        startInfo.Environment["SYSMGMT_BENCH_BMC_PORT"] = FreePort();
        startInfo.Environment["SYSMGMT_BENCH_BMC_ADDRESS"] = $"127.{Random.Shared.Next(10, 250)}.0.1";
        var (exitCode, output) = await ScriptRun.RunAsync(startInfo, s_deadline);
        Assert.True(exitCode == 0, $"scripts/bench/{name} exited with {exitCode}:\n{output}");
        return output;
    }

    private static string FreePort() => LoopbackPorts.FindFree().ToString(CultureInfo.InvariantCulture);
}
