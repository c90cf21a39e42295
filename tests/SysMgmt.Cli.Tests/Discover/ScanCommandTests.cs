using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.Formats;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Network;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Cli.Tests.Discover;

/// <summary><c>sysmgmt discover scan</c> end to end: emulated BMCs, loopback listeners, a cache in a temporary directory.</summary>
public sealed class ScanCommandTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sysmgmt-scan-cli-").FullName;
    private EmulatorHost _emulator = null!;
    private string _caFile = null!;

    private string CachePath => Path.Combine(_directory, "cache.json");

    /// <summary>The /29 holding the emulated BMCs (they start at x.y.z.1).</summary>
    private string Subnet => $"{_emulator.Bmcs[0].Endpoint.Address}/29";

    private int Port => _emulator.Bmcs[0].Endpoint.Port;

    public async ValueTask InitializeAsync()
    {
        _emulator = await TestBmcs.StartAsync(TestBmcs.Options(3, "dmtf-public-rackmount1", "csm-rie-Intel"), TestContext.Current.CancellationToken);
        _caFile = TestBmcs.WriteAuthority(_emulator);
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        File.Delete(_caFile);
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Scan_Help_ListsMagellansFlags()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync("discover scan --help", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var flag in new[] { "<hosts>", "--subnet ", "--subnet-mask", "--port", "--scheme", "--exclude", "--allow-large", "-j, --concurrency", "-t, --timeout",
                     "--disable-probing", "--disable-cache", "-i, --insecure", "--cacert", "--cache", "-F, --format", "-o, --output" })
        {
            Assert.Contains(flag, cli.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--subnet 127.0.0.0/33", "subnet '127.0.0.0/33': the prefix length must be a number from 0 to 32")]
    [InlineData("--subnet 127.0.0.300/24", "subnet '127.0.0.300/24'")]
    [InlineData("--port 0 127.0.0.1", "port 0 is not a port number")]
    [InlineData("--port 70000 127.0.0.1", "port 70000 is not a port number")]
    [InlineData("--port https 127.0.0.1", "--port 'https' is not a port number")]
    [InlineData("127.0.0.1:70000", "'127.0.0.1:70000': the port must be a number from 1 to 65535")]
    [InlineData("--subnet 127.0.0.1 --subnet-mask 255.0.255.0", "subnet mask '255.0.255.0' is not contiguous")]
    [InlineData("--subnet 127.0.0.1 --subnet-mask 255.255.255.256", "subnet mask '255.255.255.256' is neither")]
    [InlineData("-j -1 127.0.0.1", "--concurrency -1 is not from 1 to 4096")]
    [InlineData("--concurrency 0 127.0.0.1", "--concurrency 0")]
    [InlineData("--timeout -2 127.0.0.1", "--timeout -2 is not a number of seconds")]
    [InlineData("--subnet 127.0.0.0/8", "subnet 127.0.0.0/8 has 16,777,214 addresses: IPv4 blocks larger than /16 need --allow-large")]
    [InlineData("--subnet ::/64 --allow-large", "IPv6 prefixes must be /96 or longer")]
    [InlineData("--scheme ftp 127.0.0.1", "scheme 'ftp' is not https or http")]
    [InlineData("--exclude 127.0.0.9-127.0.0.1 127.0.0.1", "exclusion '127.0.0.9-127.0.0.1'")]
    [InlineData("--insecure --cacert {ca} 127.0.0.1", "--cacert and --insecure contradict each other")]
    [InlineData("--cacert /nonexistent/ca.pem 127.0.0.1", "--cacert '/nonexistent/ca.pem' does not exist")]
    [InlineData("--output /nonexistent/dir/out.json 127.0.0.1", "the directory /nonexistent/dir does not exist")]
    [InlineData("--format xml 127.0.0.1", "'xml' is not a format")]
    [InlineData("", "nothing to scan")]
    public async Task Scan_InvalidCommandLine_ExitsOneNamingTheValueAndScansNothing(string arguments, string reason)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan --cache {CachePath} {arguments.Replace("{ca}", _caFile, StringComparison.Ordinal)}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Output);
        Assert.False(File.Exists(CachePath));
    }

    [Fact]
    public async Task Scan_EmulatedBmcsWithTheirCa_PrintsOneLinePerBmcAndCachesThem()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan --subnet {Subnet} --port {Port} --cacert {_caFile} --cache {CachePath} -t 5", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(_emulator.Bmcs.Select(b => $"https://{b.Endpoint}"), lines.Select(l => l.Split('\t')[0]));
        Assert.All(lines, line => Assert.Equal("Redfish", line.Split('\t')[1]));
        Assert.Equal(["1.15.0", "1.1.0", "1.15.0"], lines.Select(l => l.Split('\t')[2]));
        Assert.Contains("Scanned 6 targets", cli.Error, StringComparison.Ordinal);
        Assert.Contains("3 Redfish, 3 closed", cli.Error, StringComparison.Ordinal);

        var list = new CliRunner();
        Assert.Equal(ExitCodes.Success, await list.RunAsync($"discover list --cache {CachePath}", TestContext.Current.CancellationToken));
        Assert.Equal(cli.Output, list.Output);
    }

    [Fact]
    public async Task Scan_FormatJson_PrintsMagellanScanRecords()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan {Subnet} --port {Port} --cacert {_caFile} --disable-cache -F json", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        var records = JsonNode.Parse(cli.Output)!.AsArray();
        Assert.Equal(3, records.Count);
        var first = records[0]!;
        Assert.Equal($"https://{_emulator.Bmcs[0].Endpoint.Address}", first["host"]!.GetValue<string>());
        Assert.Equal(Port, first["port"]!.GetValue<int>());
        Assert.Equal("tcp", first["protocol"]!.GetValue<string>());
        Assert.True(first["state"]!.GetValue<bool>());
        Assert.Equal("Redfish", first["service_type"]!.GetValue<string>());
        Assert.Equal("1.15.0", first["redfish_version"]!.GetValue<string>());
        Assert.NotNull(first["timestamp"]);
        Assert.False(File.Exists(CachePath));
    }

    [Fact]
    public async Task Scan_OutputFile_WritesYamlThereAndNothingToStdout()
    {
        var output = Path.Combine(_directory, "bmcs.yaml");
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan {Subnet} --port {Port} --insecure --cache {CachePath} -o {output}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(cli.Output);
        var records = StructuredText.Read(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal(_emulator.Bmcs.Select(b => $"https://{b.Endpoint}"), records.Select(r => r!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Scan_WithoutTheBmcsCa_ReportsTlsFailuresWithTheFixAndExitsIncomplete()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan {Subnet} --port {Port} --cache {CachePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Empty(cli.Output);
        Assert.Contains("3 targets failed TLS", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"https://{_emulator.Bmcs[0].Endpoint}  the certificate is not trusted", cli.Error, StringComparison.Ordinal);
        Assert.Contains("--cacert FILE", cli.Error, StringComparison.Ordinal);
        Assert.Contains("--insecure", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Slash30WithAnExclusionAndTwoPorts_ContactsOnlyWhatWasNamed()
    {
        await using var listening = LoopbackBlock.StartListeners(2, (block, ports) =>
            from offset in new long[] { -1, 0, 1, 2, 3, 4 } from port in ports select new IPEndPoint(LoopbackBlock.Offset(block, offset), port));
        var (p1, p2) = (listening.Ports[0], listening.Ports[1]);
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(
            $"discover scan --subnet {listening.Address(2)}/30 --exclude {listening.Address(1)} --port {p1},{p2} --disable-probing --disable-cache -F json",
            TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(new HashSet<IPEndPoint> { new(listening.Address(2), p1), new(listening.Address(2), p2) }, listening.Listeners.Contacted);
        var records = JsonNode.Parse(cli.Output)!.AsArray();
        Assert.Equal(listening.Ports.Order().Select(p => $"https://{listening.Address(2)}:{p}"), records.Select(r => r!["url"]!.GetValue<string>()));
        Assert.All(records, r => Assert.Equal("Open", r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Scan_ConcurrencyAndTimeoutFlags_BoundConnectionsAndCutOffHangingHosts()
    {
        await using var listening = LoopbackBlock.StartListeners(1, (block, ports) =>
            Enumerable.Range(1, 9).Select(i => new IPEndPoint(LoopbackBlock.Offset(block, i), ports[0])));
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan {listening.Block}/28 --port {listening.Ports[0]} -j 3 -t 0.3 --scheme http --disable-cache", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(3, listening.Listeners.MaxConcurrent);
        Assert.Equal(9, listening.Listeners.Connections);
        Assert.Contains("9 no answer, 5 closed", cli.Error, StringComparison.Ordinal);
        Assert.Contains("did not answer GET /redfish/v1/ within 0.3 s", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_CtrlC_StopsPromptlyKeepingWhatItFound()
    {
        await using var listening = LoopbackBlock.StartListeners(1, (block, ports) =>
            Enumerable.Range(1, 6).Select(i => new IPEndPoint(LoopbackBlock.Offset(block, i), ports[0])));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var cli = new CliRunner();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var run = cli.RunAsync($"discover scan {listening.Block}/29 --port {listening.Ports[0]} -j 2 -t 60 --cache {CachePath}", stop.Token);
        while (listening.Listeners.Connections < 2)
        {
            Assert.False(run.IsCompleted, cli.Error);
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        var exitCode = await run;

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 5);
        Assert.Contains("Cancelled after 0 of 6 targets", cli.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(CachePath));
    }

    [Fact]
    public async Task Scan_CorruptCache_RefusesBeforeScanningAndSaysHowToFixIt()
    {
        await File.WriteAllTextAsync(CachePath, "{ not json", TestContext.Current.CancellationToken);
        await using var listening = LoopbackBlock.StartListeners(1, (block, ports) => [new IPEndPoint(LoopbackBlock.Offset(block, 1), ports[0])]);
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan {listening.Address(1)}:{listening.Ports[0]} --cache {CachePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains($"the discovery cache {CachePath} is not valid", cli.Error, StringComparison.Ordinal);
        Assert.Contains("sysmgmt discover list --clear", cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, listening.Listeners.Connections);
    }

    [Fact]
    public async Task Scan_CacheInAPathThatCannotBeADirectory_IsAClearError()
    {
        var file = Path.Combine(_directory, "a-file");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover scan 127.0.0.1:{SysMgmt.Testing.LoopbackPorts.FindFree()} --cache {file}/cache.json", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains($"cannot write the discovery cache {file}/cache.json", cli.Error, StringComparison.Ordinal);
    }
}
