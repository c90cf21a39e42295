using System.Diagnostics;
using System.Text.Json;
using SysMgmt.Dhcp.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Dhcp.IntegrationTests;

/// <summary>
/// DHCP end to end: a stock dnsmasq started from <c>sysmgmt dhcp</c>'s files, busybox udhcpc as PXE ROMs, iPXE and
/// plain clients, SMD as the source of truth (docs/dhcp.md).
/// </summary>
public sealed class DhcpEndToEndTests(DhcpSite site) : IClassFixture<DhcpSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void FollowOnce_KnownNodes_WritesTheirHostLinesAndPrintsThem()
    {
        var hosts = JsonDocument.Parse(site.Once.Output).RootElement.EnumerateArray()
            .Select(h => (h.GetProperty("mac").GetString(), h.GetProperty("address").GetString(), h.GetProperty("hostname").GetString())).ToArray();

        Assert.Equal(
            [("02:00:c0:00:02:01", "192.0.2.11", "nid0001"), ("02:00:c0:00:02:02", "192.0.2.12", "nid0002"), ("02:00:c0:00:02:03", "192.0.2.13", "nid0003")],
            hosts);
        Assert.Contains("02:00:c0:00:02:01,192.0.2.11,nid0001,720m", File.ReadAllLines(site.Directory.HostsFile));
    }

    [Theory]
    [InlineData(ClientKind.BiosPxe, "02:00:c0:00:02:01", "192.0.2.11", "nid0001", "undionly.kpxe")]
    [InlineData(ClientKind.UefiPxe, "02:00:c0:00:02:02", "192.0.2.12", "nid0002", "ipxe.efi")]
    [InlineData(ClientKind.Ipxe, "02:00:c0:00:02:03", "192.0.2.13", "nid0003", DhcpSite.BssUrl + "/boot/v1/bootscript?mac=${net0/mac}")]
    [InlineData(ClientKind.Plain, "02:00:c0:00:02:01", "192.0.2.11", "nid0001", null)]
    internal async Task KnownMac_GetsItsSmdAddressHostnameAndTheBootFileForItsKind(ClientKind kind, string mac, string address, string hostname, string? bootFile)
    {
        var lease = await site.Network.RequestAsync(mac, kind);

        Assert.True(lease is not null, $"no lease for {mac}\n{site.Network.DnsmasqLog}");
        Assert.Equal(address, lease.Address);
        Assert.Equal(hostname, lease.Hostname);
        Assert.Equal(bootFile, lease.BootFile);
        Assert.Equal(12 * 3600, lease.LeaseSeconds);
    }

    [Fact]
    public async Task BiosPxe_BootFile_IsServedOverTftpFromDebiansIpxe()
    {
        var lease = await site.Network.RequestAsync("02:00:c0:00:02:01", ClientKind.BiosPxe);
        Assert.NotNull(lease);

        var bytes = await site.Network.TftpGetAsync(lease, lease.BootFile!);

        Assert.Equal(await File.ReadAllBytesAsync("/usr/lib/ipxe/undionly.kpxe", Ct), bytes);
        Assert.Equal(DhcpNetwork.ServerAddress, lease.NextServer);
    }

    [Fact]
    public async Task UnknownMac_GetsAShortLeaseFromThePool()
    {
        var lease = await site.Network.RequestAsync("02:00:c0:00:02:ee", ClientKind.BiosPxe);

        Assert.True(lease is not null, site.Network.DnsmasqLog);
        var last = int.Parse(lease.Address.Split('.')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(last, 100, 199);
        Assert.Equal(120, lease.LeaseSeconds);
        Assert.Null(lease.Hostname);
        Assert.Equal("undionly.kpxe", lease.BootFile); // so it boots into BSS's unknown-node flow
    }

    [Fact]
    public async Task RecordLeases_KnownMacWithoutAddress_ItsPoolAddressLandsInSmdAndStaysTheNodes()
    {
        const string mac = "02:00:c0:00:02:05";
        await site.Smd.AddNodeAsync("x1000c0s4b0n0", 5, mac, null, Ct);
        using var home = new SysMgmt.Testing.Files.TemporaryDirectory();
        await File.WriteAllTextAsync(home.File("token"), site.Smd.WriteToken(), Ct);
        await using var recorder = DhcpSite.StartFollow(["--dir", site.Directory.Path, "--smd-grpc", site.Smd.GrpcUrl,
            "--token-file", home.File("token"), "--record-leases", "--smd", site.Smd.Url]);
        await WaitUntilAsync(() => File.ReadAllText(site.Directory.HostsFile).Contains($"{mac},nid0005", StringComparison.Ordinal), "the host file has the MAC without an address");

        var pool = await site.Network.RequestAsync(mac, ClientKind.Plain);
        Assert.True(pool is not null, site.Network.DnsmasqLog);
        await WaitUntilAsync(async () => (await site.Smd.InterfaceAddressesAsync(mac, Ct)).Contains(pool.Address), $"SMD has {pool.Address}\n{recorder.Output}");
        await WaitUntilAsync(() => File.ReadAllText(site.Directory.HostsFile).Contains($"{mac},{pool.Address},nid0005", StringComparison.Ordinal), "the host file gives the MAC that address");
        var again = await site.Network.RequestAsync(mac, ClientKind.Plain);

        Assert.Contains($"Recorded {pool.Address} (leased to {mac}) for x1000c0s4b0n0 in SMD", recorder.Output, StringComparison.Ordinal);
        Assert.Equal(pool.Address, again?.Address);
        Assert.Equal(12 * 3600, again?.LeaseSeconds);
        await site.Smd.RemoveInterfaceAsync(mac, Ct);
    }

    [Fact]
    public async Task MacAddedToSmdAfterwards_GetsItsAddressWithoutRestartingAnything_AndLosesItWhenRemoved()
    {
        const string mac = "02:00:c0:00:02:04";
        var dnsmasq = site.Network.DnsmasqProcessId;
        await WaitUntilAsync(() => site.Follow.Output.Contains("Wrote 3 hosts", StringComparison.Ordinal)
            || site.Follow.Output.Contains("Unchanged:", StringComparison.Ordinal), "sysmgmt dhcp follow has loaded the snapshot");

        var written = Stopwatch.StartNew();
        await site.Smd.AddNodeAsync("x1000c0s3b0n0", 4, mac, "192.0.2.14", Ct);
        await WaitUntilAsync(() => File.ReadAllText(site.Directory.HostsFile).Contains(mac, StringComparison.Ordinal), "the host file has the new MAC");
        var inFile = written.Elapsed;
        var lease = await site.Network.RequestAsync(mac, ClientKind.UefiPxe);
        TestContext.Current.TestOutputHelper?.WriteLine($"SMD write → host file: {inFile.TotalMilliseconds:0} ms; → leased: {written.Elapsed.TotalMilliseconds:0} ms");

        Assert.True(lease is not null, site.Network.DnsmasqLog);
        Assert.Equal(("192.0.2.14", "nid0004", "ipxe.efi"), (lease.Address, lease.Hostname, lease.BootFile));
        Assert.Equal(dnsmasq, site.Network.DnsmasqProcessId);

        await site.Smd.RemoveInterfaceAsync(mac, Ct);
        await WaitUntilAsync(() => !File.ReadAllText(site.Directory.HostsFile).Contains(mac, StringComparison.Ordinal), "the host file has lost the MAC");
        await WaitUntilAsync(() => site.Follow.Output.Contains("dnsmasq reloaded", StringComparison.Ordinal), "dnsmasq was sent SIGHUP");
        var after = await site.Network.RequestAsync(mac, ClientKind.UefiPxe);

        Assert.NotNull(after);
        Assert.StartsWith("192.0.2.1", after.Address, StringComparison.Ordinal);
        Assert.NotEqual("192.0.2.14", after.Address);
        Assert.Equal(120, after.LeaseSeconds);
    }

    [Fact]
    public async Task FollowOnce_NoTokenTokenWithoutReadScopeOrNoSmd_FailsClearly()
    {
        string[] once = ["dhcp", "follow", "--once", "--dir", site.Directory.Path];
        var unscopedToken = site.Smd.TokenWithoutReadScope();
        var noToken = await CliProcess.RunAsync([.. once, "--smd-grpc", site.Smd.GrpcUrl]);
        var unscoped = await CliProcess.RunAsync([.. once, "--smd-grpc", site.Smd.GrpcUrl], new Dictionary<string, string> { ["SYSMGMT_TOKEN"] = unscopedToken });
        var noSmd = await CliProcess.RunAsync([.. once, "--smd-grpc", "http://127.0.0.1:1"]);
        var badUrl = await CliProcess.RunAsync([.. once, "--smd-grpc", "ftp://127.0.0.1"]);

        Assert.Equal((2, 2, 2, 1), (noToken.ExitCode, unscoped.ExitCode, noSmd.ExitCode, badUrl.ExitCode));
        Assert.Contains("refused the token", noToken.Error, StringComparison.Ordinal);
        Assert.Contains("lacks the read scope", unscoped.Error, StringComparison.Ordinal);
        Assert.Contains("SMD's gRPC endpoint at http://127.0.0.1:1/ is unreachable", noSmd.Error, StringComparison.Ordinal);
        Assert.Contains("'ftp://127.0.0.1' is not SMD's gRPC URL", badUrl.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(unscopedToken, unscoped.Error + unscoped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_CtrlC_StopsWithExitCode130()
    {
        var directory = Path.Combine(site.Directory.Path, "ctrl-c");
        await using var follow = DhcpSite.StartFollow(["--dir", directory, .. site.FollowArguments()[2..]]);
        await WaitUntilAsync(() => follow.Output.Contains($"hosts to {directory}", StringComparison.Ordinal), "follow wrote its first host file");

        Assert.Equal(130, await follow.InterruptAsync(Ct));
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(10, Ct);
        }
    }
}
