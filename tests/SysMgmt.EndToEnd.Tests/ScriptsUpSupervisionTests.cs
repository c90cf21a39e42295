using System.Text.Json;
using System.Collections.Concurrent;
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
    private const int StormNodes = 32;
    private const int IngestionClients = 16;
    private static readonly TimeSpan s_recoveryTarget = TimeSpan.FromSeconds(10);
    private readonly string _home = TemporaryHome.Create("sysmgmt-chaos-");
    private readonly int _smdPort = LoopbackPorts.FindFree();
    private readonly int _bssPort = LoopbackPorts.FindFree();

    [Fact]
    public async Task KilledSmdUnderABootStorm_IsBackWithinTenSecondsWithItsData_NoBootFails_AndSigtermLeavesNoProcess()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var up = await StartWithBootableNodeAsync(ct);
        using var smd = Client(_smdPort, up.Token);
        await AddStormNodesAsync(smd, ct);
        var smdPid = ServicePid(up, "SysMgmt.Smd.dll");
        var bssPid = ServicePid(up, "SysMgmt.Bss.dll");

        // The boot-storm benchmark's wrk script (every answer must boot the node asked for), small: one thread, 4 connections.
        var storm = StartBootStorm(TimeSpan.FromSeconds(14));
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var clock = Stopwatch.StartNew();
        UnixSignals.Send(smdPid, "KILL");
        await WaitUntilAsync(async () => await ComponentStateAsync(smd, ct) == "Ready", "SMD to serve the node again", ct);
        var recovery = clock.Elapsed;
        var (exitCode, output) = await storm;
        var result = output.Split('\n').SingleOrDefault(line => line.StartsWith("RESULT ", StringComparison.Ordinal));

        TestContext.Current.TestOutputHelper?.WriteLine($"SMD back (same data) {recovery.TotalSeconds:F1} s after kill -9 under wrk; {result}");
        Assert.True(exitCode == 0 && result is not null, $"wrk exited {exitCode}:\n{output}");
        var fields = result!.Split(' ').Skip(1).Select(field => field.Split('=')).ToDictionary(pair => pair[0], pair => long.Parse(pair[1].Split('.')[0], CultureInfo.InvariantCulture));
        Assert.True(recovery < s_recoveryTarget, $"SMD took {recovery.TotalSeconds:F1} s to come back:\n{up.Output}");
        Assert.Equal((0L, 0L), (fields["wrong"], fields["errors"]));
        Assert.True(fields["requests"] > 1000, $"the storm served only {fields["requests"]} boot scripts");
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
    public async Task KilledPostgres_During16ClientDiscoveryIngestion_Answers2xxOr503_RestartsIt_AndLeavesNoHalfWrittenBmc()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var up = await ScriptsUpProcess.StartAsync(_home, _smdPort, _bssPort, [], ct);
        var postmaster = PostmasterPid();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var answers = new ConcurrentDictionary<DiscoveredBmc, HttpStatusCode>();
        var broken = new ConcurrentQueue<string>();
        var clients = Enumerable.Range(0, IngestionClients).Select(client => Task.Run(async () =>
        {
            using var smd = Client(_smdPort, up.Token);
            smd.Timeout = TimeSpan.FromSeconds(30);
            for (var i = 0; !stop.IsCancellationRequested && i < DiscoveredBmc.PerClient; i++)
            {
                var bmc = DiscoveredBmc.Create(client, i);
                try
                {
                    using var response = await smd.PostJsonAsync("/hsm/v2/Inventory/RedfishEndpoints", bmc.Body, CancellationToken.None);
                    answers[bmc] = response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    broken.Enqueue($"{bmc.Xname}: {e.Message}");
                }
            }
        }, CancellationToken.None)).ToList();

        await WaitUntilAsync(() => Task.FromResult(answers.Count >= 32), "the ingestion to get going", ct);
        var clock = Stopwatch.StartNew();
        UnixSignals.Send(postmaster, "KILL");
        await WaitUntilAsync(() => Task.FromResult(answers.Values.Any(s => s == HttpStatusCode.ServiceUnavailable) || clock.Elapsed > TimeSpan.FromSeconds(3)), "the outage to be seen", ct);
        var before = answers.Count(a => a.Value == HttpStatusCode.Created);
        await WaitUntilAsync(() => Task.FromResult(answers.Count(a => a.Value == HttpStatusCode.Created) > before + 16), "ingestion to succeed again", ct);
        var recovery = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.Empty(broken);
        Assert.All(answers, answer => Assert.True(answer.Value is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"{answer.Key}: {(int)answer.Value}"));
        Assert.NotEqual(postmaster, PostmasterPid());
        // Every BMC is in SMD whole (endpoint, nodes' interfaces) or not at all; every one answered 201 is there.
        using var reader = Client(_smdPort, up.Token);
        var endpoints = (await (await reader.GetAsync("/hsm/v2/Inventory/RedfishEndpoints", ct)).ReadJsonAsync(ct))
            .GetProperty("RedfishEndpoints").EnumerateArray().Select(e => e.GetProperty("ID").GetString()!).ToHashSet();
        var macs = (await (await reader.GetAsync("/hsm/v2/Inventory/EthernetInterfaces", ct)).ReadJsonAsync(ct))
            .EnumerateArray().Select(e => e.GetProperty("MACAddress").GetString()!).ToHashSet();
        foreach (var (bmc, status) in answers)
        {
            var xname = bmc.Xname;
            var stored = bmc.Macs.Count(macs.Contains);
            if (status == HttpStatusCode.Created)
            {
                Assert.True(endpoints.Contains(xname) && stored == bmc.Macs.Count, $"{xname} was answered 201 but is not all there");
            }
            else
            {
                Assert.True(endpoints.Contains(xname) ? stored == bmc.Macs.Count : stored == 0, $"{xname} is half-written: endpoint {endpoints.Contains(xname)}, {stored} of {bmc.Macs.Count} interfaces");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{answers.Count} BMC bodies: {answers.Count(a => a.Value == HttpStatusCode.Created)} answered 201, {answers.Count(a => a.Value == HttpStatusCode.ServiceUnavailable)} 503; ingestion succeeded again {recovery.TotalSeconds:F1} s after kill -9 of PostgreSQL");
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

    /// <summary>
    /// Nodes named as scripts/bench/lib/boot-storm.lua asks for them (MAC 02:5b:00:…), Compute like the bootable node,
    /// and BSS told to read SMD.
    /// </summary>
    private async Task AddStormNodesAsync(HttpClient smd, CancellationToken ct)
    {
        var components = string.Join(',', Enumerable.Range(0, StormNodes).Select(i => $$"""{"ID":"x3001c0s{{i}}b0n0","State":"Ready","Role":"Compute","NID":{{1000 + i}}}"""));
        Assert.Equal(HttpStatusCode.NoContent, (await smd.PostJsonAsync("/hsm/v2/State/Components", $$"""{"Components":[{{components}}]}""", ct)).StatusCode);
        for (var i = 0; i < StormNodes; i++)
        {
            var body = $$"""{"MACAddress":"02:5b:00:00:00:{{i:x2}}","ComponentID":"x3001c0s{{i}}b0n0"}""";
            Assert.Equal(HttpStatusCode.Created, (await smd.PostJsonAsync("/hsm/v2/Inventory/EthernetInterfaces", body, ct)).StatusCode);
        }

        using var bss = Client(_bssPort, token: null);
        await WaitUntilAsync(async () => (await bss.GetStringAsync($"/boot/v1/bootscript?mac=02:5b:00:00:00:{StormNodes - 1:x2}", ct)).Contains("\nboot ", StringComparison.Ordinal), "BSS to know the storm's nodes", ct);
    }

    /// <summary>wrk with the boot-storm benchmark's script against BSS for <paramref name="duration"/>, niced.</summary>
    private Task<(int ExitCode, string Output)> StartBootStorm(TimeSpan duration)
    {
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("wrk is not installed: scripts/test installs it (Debian package wrk)");
        // At the lowest priority: the booting nodes are other machines, so their load must not slow SMD's restart here.
        var startInfo = new ProcessStartInfo("nice")
        {
            ArgumentList =
            {
                "-n", "19", wrk, "-t", "1", "-c", "4", "-d", $"{duration.TotalSeconds:0}s", "-s", Path.Combine(RepositoryPaths.Root, "scripts", "bench", "lib", "boot-storm.lua"),
                $"http://127.0.0.1:{_bssPort}",
            },
            Environment = { ["BENCH_NODES"] = StormNodes.ToString(CultureInfo.InvariantCulture), ["BENCH_ROUTE"] = "bootscript" },
        };
        return ScriptRun.RunAsync(startInfo, duration + TimeSpan.FromSeconds(30));
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

    /// <summary>
    /// A BMC as `sysmgmt discover collect --send` reports it (magellan's SchemaVersion 1 body): two nodes with one NIC
    /// each. Client <c>c</c>'s <c>i</c>-th BMC is unique: cabinet 1100+c, chassis i/128, slot i/2 % 64, BMC i % 2.
    /// </summary>
    private sealed record DiscoveredBmc(int Client, int Index)
    {
        public const int PerClient = 1024;

        public string Xname => $"x{1100 + Client}c{Index / 128}s{Index / 2 % 64}b{Index % 2}";

        public IReadOnlyList<string> Macs => [.. Enumerable.Range(0, 2).Select(node => $"02:5c:{Client:x2}:{Index / 256:x2}:{Index % 256:x2}:{node:x2}")];

        public string Body => JsonSerializer.Serialize(new
        {
            ID = Xname,
            FQDN = $"bmc-{Client}-{Index}.example",
            User = "root",
            Password = "secret",
            SchemaVersion = 1,
            Systems = Macs.Select((mac, node) => new
            {
                uri = $"https://bmc-{Client}-{Index}.example/redfish/v1/Systems/Node{node}",
                name = $"Node{node}",
                system_type = "Physical",
                ethernet_interfaces = new[] { new { uri = $"/redfish/v1/Systems/Node{node}/EthernetInterfaces/0", mac, ip = "" } },
            }),
        });

        public static DiscoveredBmc Create(int client, int index) => new(client, index);
    }
}
