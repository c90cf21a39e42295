using System.Diagnostics;
using SysMgmt.Testing;
using SysMgmt.Testing.Processes;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.EndToEnd.Tests;

/// <summary><c>scripts/sysmgmt emulate</c> as a user runs it: built on first use, stopped with SIGTERM.</summary>
public sealed class ScriptsSysmgmtTests
{
    [Fact]
    public async Task Emulate_FiveBmcsOverHttp_ServesEachAndExitsZeroOnSigterm()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var address = LoopbackAddresses.NextBlock(5);
        var port = LoopbackPorts.FindFree();
        var lines = new List<string>();
        var output = new OutputBuffer();
        var startInfo = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[RepositoryPaths.Script("sysmgmt"), "emulate", "--mockup", TestBmcs.Mockup("csm-rie-EX425"),
                     "--address", address, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--count", "5", "--http"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { lock (lines) { lines.Add(line); } } };
        process.ErrorDataReceived += (_, e) => output.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The first use builds the CLI in Release, which takes a while on two cores.
            var deadline = Stopwatch.StartNew();
            while (Count(lines) < 5)
            {
                Assert.False(process.HasExited, $"scripts/sysmgmt exited early:\n{output}");
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(4), $"no BMC URLs after {deadline.Elapsed}:\n{output}");
                await Task.Delay(200, cancellationToken);
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var root = await http.GetStringAsync($"{lines[4]}/redfish/v1/", cancellationToken);
            UnixSignals.Send(process.Id, "TERM");
            await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

            Assert.Equal($"http://{address[..^1]}5:{port}", lines[4]);
            Assert.Contains("\"RedfishVersion\":\"1.2.0\"", root, StringComparison.Ordinal);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static int Count(List<string> lines)
    {
        lock (lines)
        {
            return lines.Count;
        }
    }
}
