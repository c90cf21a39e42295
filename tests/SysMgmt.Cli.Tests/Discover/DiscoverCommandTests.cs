using System.Net;
using System.Net.Sockets;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Cli.Tests.Discover;

/// <summary>The discover commands' command lines: help, mistakes, and an SMD that is not there.</summary>
public sealed class DiscoverCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("discover", "collect")]
    [InlineData("discover collect", "--bmc-id-map")]
    [InlineData("discover crawl", "--cacert")]
    [InlineData("discover send", "--smd")]
    [InlineData("power", "restart")]
    [InlineData("power status", "--smd")]
    [InlineData("power off", "--graceful")]
    [InlineData("power reset", "--type")]
    public async Task Help_EveryCommand_PrintsUsageAndExitsZero(string command, string expected)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"{command} --help", Ct);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(expected, cli.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("discover collect 10.0.0.1 --concurrency 0", "--concurrency must be at least 1")]
    [InlineData("discover collect 10.0.0.1 --timeout -1", "--timeout must be between")]
    [InlineData("discover collect ftp://10.0.0.1", "is not a BMC address")]
    [InlineData("discover collect 10.0.0.1 --bmc-id-map /nonexistent/map.yaml", "cannot read the BMC ID map")]
    [InlineData("discover collect 10.0.0.1 --send ftp://smd", "is not an SMD URL")]
    [InlineData("discover collect 10.0.0.1 --cacert /nonexistent/ca.pem", "does not exist")]
    [InlineData("discover collect 10.0.0.1 --format xml", "not a format")]
    [InlineData("discover collect 10.0.0.1 --no-such-flag", "'--no-such-flag' is not a BMC address (an unknown option?)")]
    [InlineData("discover crawl", "Required argument missing")]
    [InlineData("discover send", "Required argument missing")]
    [InlineData("discover send x.json --concurrency 0", "--concurrency must be at least 1")]
    [InlineData("power status not-an-xname", "not a valid xname")]
    [InlineData("power reset x1c0s0b0n0", "--type")]
    public async Task Run_BadCommandLine_ExitsOneSayingWhy(string commandLine, string expected)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(commandLine, Ct);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(expected, cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_BmcIdMapWithAnInvalidXname_ExitsOneNamingTheEntry()
    {
        using var home = new TemporaryDirectory();
        File.WriteAllText(home.File("map.yaml"), "map_key: bmc-ip-addr\nid_map:\n  10.0.0.1: x1c9s0b0\n");
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover collect 10.0.0.1 --bmc-id-map {home.File("map.yaml")}", Ct);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains("id_map['10.0.0.1']: 'x1c9s0b0' is not a valid xname: chassis number 9", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_NoCredentialsAnywhere_ExitsOneSayingHowToGiveThem()
    {
        using var home = new TemporaryDirectory();
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_SECRETS_FILE"] = home.File("secrets.json");

        var exitCode = await cli.RunAsync("discover collect 10.0.0.1", Ct);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains("no BMC credentials", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectSend_SmdUnreachable_ExitsTwoBeforeTouchingAnyBmc()
    {
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = "secret";
        var port = ClosedPort();

        var exitCode = await cli.RunAsync($"discover collect 127.0.0.1:1 -u root --send http://127.0.0.1:{port}", Ct);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains($"SMD at http://127.0.0.1:{port}/ is unreachable: connection refused; nothing was collected", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SmdUnreachable_ExitsTwo()
    {
        using var home = new TemporaryDirectory();
        File.WriteAllText(home.File("payload.json"), """{"ID":"x3000c0s1b0","FQDN":"10.0.0.1","SchemaVersion":1,"Systems":[]}""");
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover send {home.File("payload.json")} --smd http://127.0.0.1:{ClosedPort()}", Ct);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains("is unreachable", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_UnreadableFilesAndBadEntries_AreEachReported()
    {
        using var home = new TemporaryDirectory();
        File.WriteAllText(home.File("broken.json"), "{\"ID\":");
        File.WriteAllText(home.File("entries.yaml"), "- ID: x3000c0s1b0\n  FQDN: 10.0.0.1\n- FQDN: 10.0.0.2\n- ID: not-an-xname\n");
        var cli = new CliRunner();

        await cli.RunAsync($"discover send {home.File("broken.json")} {home.File("entries.yaml")} {home.File("missing.json")} --smd http://127.0.0.1:{ClosedPort()}", Ct);

        Assert.Contains("broken.json: invalid JSON", cli.Error, StringComparison.Ordinal);
        Assert.Contains("entries.yaml[1]: the object has no ID", cli.Error, StringComparison.Ordinal);
        Assert.Contains("entries.yaml[2]: ID: ", cli.Error, StringComparison.Ordinal);
        Assert.Contains("missing.json: ", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_TwoBmcsMappedToOneXname_TheSecondIsReportedNotSent()
    {
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, "dmtf-public-rackmount1"), Ct);
        var caFile = TestBmcs.WriteAuthority(emulator);
        using var home = new TemporaryDirectory();
        var (first, second) = (emulator.Bmcs[0].BaseUri, emulator.Bmcs[1].BaseUri);
        File.WriteAllText(home.File("map.yaml"), $"id_map:\n  {first.Host}: x1000c0s0b0\n  {second.Host}: x1000c0s0b0\n");
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = emulator.Bmcs[0].Credentials.Password;

        var exitCode = await cli.RunAsync(
            $"discover collect {first} {second} -u {emulator.Bmcs[0].Credentials.Username} --cacert {caFile} --bmc-id-map {home.File("map.yaml")}", Ct);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Matches("is also named x1000c0s0b0: name the BMCs with --bmc-id-map", cli.Error);
        Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(cli.Output)!.AsArray());
        File.Delete(caFile);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
