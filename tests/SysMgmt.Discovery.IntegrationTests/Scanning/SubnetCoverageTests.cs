using System.Net;
using SysMgmt.Discovery.Scanning;
using SysMgmt.Testing.Network;

namespace SysMgmt.Discovery.IntegrationTests.Scanning;

/// <summary>
/// Real listeners on every address of 127.a.b.0/30, on its neighbours (127.a.b.4 above, 127.a.(b-1).255 below) and
/// on two ports each: a scan contacts exactly the addresses and ports it was given, and nothing around them.
/// </summary>
public sealed class SubnetCoverageTests : IAsyncLifetime
{
    private ListeningBlock _listening = null!;

    private RecordingListeners Listeners => _listening.Listeners;

    private int[] Ports => _listening.Ports;

    public ValueTask InitializeAsync()
    {
        _listening = LoopbackBlock.StartListeners(2, (block, ports) =>
            from offset in new long[] { -1, 0, 1, 2, 3, 4 }
            from port in ports
            select new IPEndPoint(LoopbackBlock.Offset(block, offset), port));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _listening.DisposeAsync();

    [Fact]
    public async Task Scan_Slash30GivenByAnInnerAddress_ContactsItsTwoHostsOnEveryPortAndNothingElse()
    {
        var results = await Scans.RunAsync(
            new ScanTargetOptions { Subnets = [$"{Address(2)}/30"], Ports = Ports },
            new ScanOptions { Probe = false, Timeout = TimeSpan.FromSeconds(2) },
            TestContext.Current.CancellationToken);

        IPEndPoint[] expected = [.. from offset in new long[] { 1, 2 } from port in Ports select new IPEndPoint(Address(offset), port)];
        await Listeners.WaitForConnectionsAsync(4, TestContext.Current.CancellationToken);
        Assert.Equal(expected.ToHashSet(), Listeners.Contacted);
        Assert.Equal(4, Listeners.Connections);
        Assert.All(results, r => Assert.Equal(ScanStatus.Open, r.Status));
        Assert.Equal(expected.Select(e => Scans.Url(e)).Order(), results.Select(r => r.Target.Url).Order());
    }

    [Fact]
    public async Task Scan_Slash30WithAnExclusion_NeverContactsTheExcludedHost()
    {
        var results = await Scans.RunAsync(
            new ScanTargetOptions { Subnets = [$"{Address(3)}/30"], Ports = Ports, Exclusions = [Address(1).ToString()] },
            new ScanOptions { Probe = false, Timeout = TimeSpan.FromSeconds(2) },
            TestContext.Current.CancellationToken);

        await Listeners.WaitForConnectionsAsync(Ports.Length, TestContext.Current.CancellationToken);
        Assert.Equal(Ports.Select(p => new IPEndPoint(Address(2), p)).ToHashSet(), Listeners.Contacted);
        Assert.Equal(2, results.Count(r => r.Status == ScanStatus.Open));
    }

    [Fact]
    public async Task Scan_Slash31AndAUrlWithItsPort_ContactsBothHostsAndOnlyThatPort()
    {
        var results = await Scans.RunAsync(
            new ScanTargetOptions { Subnets = [$"{Address(2)}/31"], Hosts = [$"https://{Address(4)}:{Ports[1]}"], Ports = [Ports[0]] },
            new ScanOptions { Probe = false, Timeout = TimeSpan.FromSeconds(2) },
            TestContext.Current.CancellationToken);

        HashSet<IPEndPoint> expected = [new(Address(2), Ports[0]), new(Address(3), Ports[0]), new(Address(4), Ports[1])];
        await Listeners.WaitForConnectionsAsync(expected.Count, TestContext.Current.CancellationToken);
        Assert.Equal(expected, Listeners.Contacted);
        Assert.Equal(3, results.Count(r => r.Status == ScanStatus.Open));
    }

    private IPAddress Address(long offset) => _listening.Address(offset);
}
