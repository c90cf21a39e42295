using SysMgmt.Testing.Files;

namespace SysMgmt.Cli.Tests.Dhcp;

public sealed class DhcpCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("dhcp --help", "follow")]
    [InlineData("dhcp config --help", "--pool")]
    [InlineData("dhcp follow --help", "--once")]
    public async Task Help_EverySubcommand_ExitsZeroAndDescribesIt(string commandLine, string expected)
    {
        var cli = new CliRunner();

        Assert.Equal(0, await cli.RunAsync(commandLine, TestContext.Current.CancellationToken));
        Assert.Contains(expected, cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_GoodOptions_WritesTheFileOnceAndSaysHowToStartDnsmasq()
    {
        var commandLine = $"dhcp config --dir {_directory.Path} -i eth1 --pool 192.0.2.100-192.0.2.199 --bss http://192.0.2.1:27778 --uefi-boot-file snponly.efi";
        var first = new CliRunner();
        var second = new CliRunner();

        Assert.Equal(0, await first.RunAsync(commandLine, TestContext.Current.CancellationToken));
        Assert.Equal(0, await second.RunAsync(commandLine, TestContext.Current.CancellationToken));

        var config = _directory.File("dnsmasq.conf");
        Assert.Contains($"Wrote {config}", first.Error, StringComparison.Ordinal);
        Assert.Contains($"dnsmasq --conf-file={config}", first.Error, StringComparison.Ordinal);
        Assert.Contains($"Unchanged: {config}", second.Error, StringComparison.Ordinal);
        Assert.Contains("dhcp-boot=tag:!ipxe,tag:efi64,snponly.efi", File.ReadAllLines(config));
        Assert.True(Directory.Exists(_directory.File("hosts")));
    }

    [Theory]
    [InlineData("--pool 192.0.2.100 --bss http://192.0.2.1", "is not a pool")]
    [InlineData("--pool 192.0.2.199-192.0.2.100 --bss http://192.0.2.1", "after its end")]
    [InlineData("--pool fd00::1-fd00::9 --bss http://192.0.2.1", "is not a pool")]
    [InlineData("--pool 192.0.2.100-192.0.2.199 --bss not-a-url", "is not a BSS URL")]
    [InlineData("--pool 192.0.2.100-192.0.2.199 --bss http://192.0.2.1 --pool-lease 30s", "not a lease time")]
    [InlineData("--bss http://192.0.2.1", "--pool")]
    public async Task Config_BadOptions_ExitsOneWithTheReasonAndWritesNothing(string options, string reason)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"dhcp config --dir {_directory.Path} -i eth1 {options}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.File("dnsmasq.conf")));
    }

    [Theory]
    [InlineData("--lease 1m", "at least 2 minutes")]
    [InlineData("--smd-grpc ftp://smd", "is not SMD's gRPC URL")]
    [InlineData("--token-file /nonexistent/token", "cannot read the token file")]
    [InlineData("--format json --once=false", "--format needs --once")]
    [InlineData("--record-leases", "--record-leases needs following")]
    [InlineData("--once=false --record-leases --smd ftp://smd", "is not an SMD URL")]
    public async Task Follow_BadOptions_ExitsOneWithTheReason(string options, string reason)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"dhcp follow --dir {_directory.Path} --once {options}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
    }
}
