using System.Diagnostics;
using System.Globalization;
using System.Net;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// Chaos under <c>scripts/up</c>, with real processes: a service killed with SIGKILL is restarted while the others keep
/// serving; one that keeps crashing is given up on; SIGTERM still stops everything.
/// </summary>
public sealed class ScriptsUpSupervisionTests : IDisposable
{
    private const string Node = "x3000c0s19b1n0";
    private const string Mac = "02:42:ac:11:00:02";
    private static readonly TimeSpan s_recoveryTarget = TimeSpan.FromSeconds(10);
    private readonly string _home = TemporaryHome.Create("sysmgmt-chaos-");
    private readonly int _smdPort = LoopbackPorts.FindFree();
    private readonly int _bssPort = LoopbackPorts.FindFree();

    [Fact]
    public async Task KilledSmd_IsBackWithinTenSecondsWithItsData_BssNeverStops_AndSigtermLeavesNoProcess()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var up = await StartWithBootableNodeAsync(ct);
        using var smd = Client(_smdPort, up.Token);
        var smdPid = ServicePid(up, "SysMgmt.Smd.dll");
        var bssPid = ServicePid(up, "SysMgmt.Bss.dll");

        using var stopBoots = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var boots = BootContinuouslyAsync(stopBoots.Token);
        var clock = Stopwatch.StartNew();
        UnixSignals.Send(smdPid, "KILL");
        await WaitUntilAsync(async () => await ComponentStateAsync(smd, ct) == "Ready", "SMD to serve the node again", ct);
        var recovery = clock.Elapsed;
        await stopBoots.CancelAsync();
        var (served, failed) = await boots;

        TestContext.Current.TestOutputHelper?.WriteLine($"SMD back (same data) {recovery.TotalSeconds:F1} s after kill -9; BSS served {served} boot scripts meanwhile, {failed} failed");
        Assert.True(recovery < s_recoveryTarget, $"SMD took {recovery.TotalSeconds:F1} s to come back:\n{up.Output}");
        Assert.Equal(0, failed);
        Assert.True(served > 0, "no boot script was asked for during the outage");
        Assert.True(ProcessTree.IsRunning(bssPid), "BSS stopped when SMD was killed");
        Assert.NotEqual(smdPid, ServicePid(up, "SysMgmt.Smd.dll"));
        Assert.Contains($"SMD (pid {smdPid}) exited with status 137; restarting it in 0.25 s", up.Output, StringComparison.Ordinal);

        var processes = ProcessTree.Descendants(up.ProcessId).Append(PostmasterPid()).ToList();
        Assert.Equal(0, await up.StopAsync("TERM", ct));
        Assert.Empty(processes.Where(ProcessTree.IsRunning).Select(pid => $"{pid}: {ProcessTree.CommandLine(pid)}"));
    }

    [Fact]
    public async Task KilledPostgres_IsRestarted_AndSmdAnswers2xxAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var up = await StartWithBootableNodeAsync(ct);
        using var smd = Client(_smdPort, up.Token);
        var smdPid = ServicePid(up, "SysMgmt.Smd.dll");
        var postmaster = PostmasterPid();

        var clock = Stopwatch.StartNew();
        UnixSignals.Send(postmaster, "KILL");
        await WaitUntilAsync(async () => await ComponentStateAsync(smd, ct) == "Ready", "SMD to answer 2xx again", ct);
        var recovery = clock.Elapsed;
        var write = await smd.PatchJsonAsync($"/hsm/v2/State/Components/{Node}/StateData", """{"State":"Standby"}""", ct);

        TestContext.Current.TestOutputHelper?.WriteLine($"SMD answers 2xx {recovery.TotalSeconds:F1} s after kill -9 of PostgreSQL");
        Assert.True(write.IsSuccessStatusCode, $"a write after PostgreSQL's restart answered {write.StatusCode}");
        Assert.NotEqual(postmaster, PostmasterPid());
        Assert.True(ProcessTree.IsRunning(smdPid), "SMD was restarted too, though only PostgreSQL crashed");
        Assert.Contains($"PostgreSQL (pid {postmaster}) exited; restarting it in 0.25 s", up.Output, StringComparison.Ordinal);
        Assert.Equal(0, await up.StopAsync("TERM", ct));
    }

    [Fact]
    public async Task SmdThatKeepsCrashing_IsGivenUpOnWithAClearMessage_WhileBssKeepsServing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var up = await StartWithBootableNodeAsync(ct);

        // Each new SMD process is killed as soon as it appears: 5 crashes well within a minute.
        var killed = new List<int>();
        for (var crash = 1; crash <= 5; crash++)
        {
            int? pid = null;
            await WaitUntilAsync(() => Task.FromResult((pid = ProcessTree.Child(up.ProcessId, "SysMgmt.Smd.dll")) is { } p && !killed.Contains(p)), $"SMD's restart {crash - 1}", ct);
            UnixSignals.Send(pid!.Value, "KILL");
            killed.Add(pid.Value);
        }

        await WaitUntilAsync(() => Task.FromResult(up.Output.Contains("giving up on it", StringComparison.Ordinal)), "scripts/up to give up on SMD", ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        Assert.Contains($"error: SMD (pid {killed[^1]}) exited with status 137 and has crashed 5 times within 60 s: giving up on it; the other services keep running", up.Output, StringComparison.Ordinal);
        Assert.Null(ProcessTree.Child(up.ProcessId, "SysMgmt.Smd.dll"));
        using var bss = Client(_bssPort, token: null);
        Assert.Contains($"xname={Node}", await bss.GetStringAsync($"/boot/v1/bootscript?mac={Mac}", ct), StringComparison.Ordinal);
        Assert.Equal(0, await up.StopAsync("TERM", ct));
    }

    /// <summary>scripts/up, with a node that has a MAC in SMD and boot parameters for its role in BSS, which has read SMD.</summary>
    private async Task<ScriptsUpProcess> StartWithBootableNodeAsync(CancellationToken ct)
    {
        var up = await ScriptsUpProcess.StartAsync(_home, _smdPort, _bssPort, [], ct);
        try
        {
            using var smd = Client(_smdPort, up.Token);
            using var bss = Client(_bssPort, up.Token);
            Assert.Equal(HttpStatusCode.NoContent, (await smd.PostJsonAsync("/hsm/v2/State/Components", $$"""{"Components":[{"ID":"{{Node}}","State":"Ready","Role":"Compute"}]}""", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await smd.PostJsonAsync("/hsm/v2/Inventory/EthernetInterfaces", $$"""{"MACAddress":"{{Mac}}","ComponentID":"{{Node}}"}""", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await bss.PostAsync("/boot/v1/hosts", null, ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await bss.PutJsonAsync("/boot/v1/bootparameters", """{"hosts":["Compute"],"params":"console=ttyS0","kernel":"http://192.0.2.1/vmlinuz"}""", ct)).StatusCode);
            return up;
        }
        catch
        {
            await up.DisposeAsync();
            throw;
        }
    }

    /// <summary>Asks BSS for the node's boot script back to back until cancelled; counts answers that do not boot it.</summary>
    private async Task<(int Served, int Failed)> BootContinuouslyAsync(CancellationToken ct)
    {
        using var bss = Client(_bssPort, token: null);
        bss.Timeout = TimeSpan.FromSeconds(5);
        int served = 0, failed = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var response = await bss.GetAsync($"/boot/v1/bootscript?mac={Mac}", CancellationToken.None);
                var ok = response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync(CancellationToken.None)).Contains($"xname={Node}", StringComparison.Ordinal);
                _ = ok ? served++ : failed++;
            }
            catch (HttpRequestException)
            {
                failed++;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        return (served, failed);
    }

    private static async Task<string?> ComponentStateAsync(HttpClient smd, CancellationToken ct)
    {
        try
        {
            var response = await smd.GetAsync($"/hsm/v2/State/Components/{Node}", ct);
            return response.IsSuccessStatusCode ? (await response.ReadJsonAsync(ct)).GetProperty("State").GetString() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Polls every 50 ms for up to a minute (the assertions then hold the real targets).</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(1), $"gave up waiting for {what}");
            await Task.Delay(50, ct);
        }
    }

    private static int ServicePid(ScriptsUpProcess up, string dll) =>
        ProcessTree.Child(up.ProcessId, dll) ?? throw new InvalidOperationException($"no {dll} process under scripts/up:\n{up.Output}");

    private int PostmasterPid() =>
        int.Parse(File.ReadLines(Path.Combine(_home, "pg", "data", "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static HttpClient Client(int port, string? token) => LoopbackClients.Create(port, token);
}
