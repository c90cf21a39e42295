using System.Net;
using System.Net.Sockets;
using SysMgmt.Testing;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Cli.Tests;

public sealed class EmulateCommandTests
{
    private static string Mockup => TestBmcs.Mockup("dmtf-public-rackmount1");

    [Fact]
    public async Task Emulate_ThreeBmcs_PrintsTheirUrlsServesThemAndStopsOnCancel()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cli = new CliRunner();
        var address = LoopbackAddresses.NextBlock(3);
        var port = LoopbackPorts.FindFree();
        var caFile = Path.Combine(Path.GetTempPath(), $"sysmgmt-cli-test-{Guid.NewGuid():N}.pem");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var run = cli.RunAsync($"emulate --mockup {Mockup} --mockup {TestBmcs.Mockup("csm-rie-Intel")} --address {address} --port {port} --count 3 --ca-cert {caFile}", stop.Token);
        var urls = await WaitForLinesAsync(cli, 3, run);
        using var http = new HttpClient(TrustingHandler.FromPemFile(caFile)) { Timeout = TimeSpan.FromSeconds(10) };
        var intel = await http.GetStringAsync($"{urls[1]}/redfish/v1/", cancellationToken);
        await stop.CancelAsync();
        var exitCode = await run;

        Assert.Equal(0, exitCode);
        Assert.Equal($"https://{address}:{port}", urls[0]);
        Assert.Contains("\"RedfishVersion\":\"1.1.0\"", intel, StringComparison.Ordinal);
        Assert.Contains("3 BMCs ready", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emulate --port 8443", "--mockup")]
    [InlineData("emulate --mockup /nonexistent/mockup --port 8443", "does not exist")]
    [InlineData("emulate --mockup {mockup} --port 8443 --fault 0:explode", "INDEX:FAULT")]
    [InlineData("emulate --mockup {mockup} --port 8443 --address ::1", "not an IPv4 address")]
    [InlineData("emulate --mockup {mockup} --port 8443 --count 2 --fault 5:hang", "BMCs are numbered 0–1")]
    public async Task Emulate_InvalidCommandLine_ExitsOneWithTheReasonOnStderr(string commandLine, string reason)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(commandLine.Replace("{mockup}", Mockup, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Output);
    }

    [Fact]
    public async Task Emulate_PortAlreadyInUse_ExitsTwoSayingSo()
    {
        var address = LoopbackAddresses.NextBlock();
        using var occupant = new TcpListener(IPAddress.Parse(address), 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"emulate --mockup {Mockup} --address {address} --port {port} --http", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains("cannot listen", cli.Error, StringComparison.Ordinal);
    }

    private static async Task<string[]> WaitForLinesAsync(CliRunner cli, int count, Task<int> run)
    {
        for (var i = 0; i < 300; i++)
        {
            var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length >= count)
            {
                return lines;
            }

            Assert.False(run.IsCompleted, $"emulate ended early:\n{cli.Error}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"emulate printed no BMC URLs:\n{cli.Error}");
    }
}
