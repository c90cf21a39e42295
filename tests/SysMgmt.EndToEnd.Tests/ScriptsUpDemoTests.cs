using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// What a new user runs first, <c>scripts/up --demo</c>: emulated BMCs discovered into SMD through the product, boot
/// parameters in BSS, and a list of next steps, each of which must work as printed.
/// </summary>
public sealed class ScriptsUpDemoTests : IDisposable
{
    private const string FirstBmc = "127.27.0.1";
    private readonly string _home = TemporaryHome.Create("sysmgmt-demo-");

    [Fact]
    public async Task UpDemo_DiscoversNodesThatBootFromBss_AndEveryPrintedNextStepWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        var smdPort = LoopbackPorts.FindFree();
        var bssPort = LoopbackPorts.FindFree();
        var bmcPort = LoopbackPorts.FindFree();

        await using (var up = await ScriptsUpProcess.StartAsync(_home, smdPort, bssPort, ["--demo", "--demo-bmc-port", bmcPort.ToString(CultureInfo.InvariantCulture)], ct))
        {
            using var smd = Client(smdPort, up.Token);
            using var bss = Client(bssPort, token: null);

            // Discovered, not written by hand: every node came with its BMC's RedfishEndpoint.
            var endpoints = await (await smd.GetAsync("/hsm/v2/Inventory/RedfishEndpoints", ct)).ReadJsonAsync(ct);
            Assert.Equal(Directory.GetDirectories(RepositoryPaths.Shared("redfish-mockups")).Length, endpoints.GetProperty("RedfishEndpoints").GetArrayLength());
            var nics = (await (await smd.GetAsync("/hsm/v2/Inventory/EthernetInterfaces?type=Node", ct)).ReadJsonAsync(ct)).EnumerateArray()
                .Select(n => (Node: n.GetProperty("ComponentID").GetString()!, Mac: n.GetProperty("MACAddress").GetString()!))
                .Where(n => n.Mac.Length > 0).ToList();
            Assert.True(nics.Select(n => n.Node).Distinct().Count() >= 3, "the demo discovered fewer than 3 nodes with a MAC:\n" + up.Output);
            foreach (var (node, mac) in nics)
            {
                var script = await bss.GetStringAsync($"/boot/v1/bootscript?mac={mac}", ct);
                Assert.StartsWith("#!ipxe", script, StringComparison.Ordinal);
                Assert.Contains($" xname={node} ", script, StringComparison.Ordinal);
            }

            await RunNextStepsAsync(up.Output, ct);

            Assert.Equal(0, await up.StopAsync("TERM", ct));
            Assert.Contains("Stopping the Redfish emulator", up.Output, StringComparison.Ordinal);
        }

        Assert.False(IsListening(FirstBmc, bmcPort), "the demo's BMCs still listen after scripts/up stopped");
    }

    /// <summary>Runs each command of the printed "Try next" list after its first line (the <c>source</c> of the environment), from another directory.</summary>
    private static async Task RunNextStepsAsync(string output, CancellationToken ct)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r'))
            .SkipWhile(l => !l.StartsWith("Try next", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.True(lines.Count >= 8, "scripts/up --demo printed no list of next steps:\n" + output);
        var environment = lines[0];
        Assert.StartsWith("source ", environment, StringComparison.Ordinal);
        string[] expected = ["127.27.0.1", "\"Components\"", "demo.debug=1", "Hello from", "\"hosts\"", "On", "\"snapshot\""];
        foreach (var (command, mustContain) in lines.Skip(1).Zip(expected.Concat(Enumerable.Repeat("x", lines.Count))))
        {
            var text = command.Contains("sysmgmt watch", StringComparison.Ordinal)
                ? await RunUntilAsync(environment, command, "\"xname\"", ct)
                : await RunAsync(environment, command);
            Assert.Contains(mustContain, text, StringComparison.Ordinal);
        }
    }

    private static async Task<string> RunAsync(string environment, string command)
    {
        var (exitCode, text) = await ScriptRun.RunAsync(Bash(environment, command), TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, $"`{command}` exited with {exitCode}:\n{text}");
        Assert.DoesNotContain("Not Found", text, StringComparison.Ordinal);
        return text;
    }

    /// <summary>A command that runs until stopped (sysmgmt watch): its output must show <paramref name="expected"/>, then it is stopped.</summary>
    private static async Task<string> RunUntilAsync(string environment, string command, string expected, CancellationToken ct)
    {
        using var process = ScriptRun.Start(Bash(environment, command), out var output);
        var deadline = Stopwatch.StartNew();
        while (!output.ToString().Contains(expected, StringComparison.Ordinal) && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(200, ct);
        }

        var exited = process.HasExited;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(ct);
        Assert.False(exited, $"`{command}` stopped on its own:\n{output}");
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        return output.ToString();
    }

    /// <summary>The command as a user types it, after sourcing the demo's environment, in a directory that is not the checkout.</summary>
    private static ProcessStartInfo Bash(string environment, string command)
    {
        var startInfo = new ProcessStartInfo("bash") { WorkingDirectory = Path.GetTempPath() };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add($"set -e\n{environment}\n{command}");
        return startInfo;
    }

    private static bool IsListening(string address, int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(address, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static HttpClient Client(int port, string? token) => LoopbackClients.Create(port, token);
}
