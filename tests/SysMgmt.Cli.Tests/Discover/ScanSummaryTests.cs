using System.Net;
using Spectre.Console;
using SysMgmt.Cli.Commands.Discover;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Cli.Tests.Discover;

public sealed class ScanSummaryTests
{
    [Fact]
    public void Write_ManyErrors_CountsThemAllAndListsTheFirstWithTheirReason()
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }), interactive: false);
        List<ScanResult> results =
        [
            .. Enumerable.Range(1, 25).Select(i => Result(i, ScanStatus.Error, "TooManyOpenSockets: Too many open files")),
            .. Enumerable.Range(26, 3).Select(i => Result(i, ScanStatus.Redfish)),
            .. Enumerable.Range(29, 2).Select(i => Result(i, ScanStatus.Closed, "ConnectionRefused")),
        ];

        ScanSummary.Write(console, results, planned: 30, TimeSpan.FromSeconds(1.25), cancelled: false);

        var text = error.ToString();
        Assert.Contains("Scanned 30 targets in 1.3 s: 3 Redfish, 2 closed, 25 errors.", text, StringComparison.Ordinal);
        Assert.Contains("25 targets could not be scanned:", text, StringComparison.Ordinal);
        Assert.Contains("https://10.0.0.1:443  TooManyOpenSockets: Too many open files", text, StringComparison.Ordinal);
        Assert.Contains("https://10.0.0.20:443", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://10.0.0.21:443", text, StringComparison.Ordinal);
        Assert.Contains("… and 5 more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionRefused", text, StringComparison.Ordinal);
    }

    private static ScanResult Result(int host, ScanStatus status, string? detail = null) =>
        new(new ScanTarget("https", IPAddress.Parse($"10.0.0.{host}"), 443), status, detail);
}
