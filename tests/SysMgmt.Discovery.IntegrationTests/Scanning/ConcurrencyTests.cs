using System.Diagnostics;
using System.Net;
using SysMgmt.Discovery.Scanning;
using SysMgmt.Testing.Network;

namespace SysMgmt.Discovery.IntegrationTests.Scanning;

/// <summary>The concurrency bound and the timeout, observed from the server side with listeners that never answer.</summary>
public sealed class ConcurrencyTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(0.5);

    [Theory]
    [InlineData("https")]
    [InlineData("http")]
    public async Task Scan_ThirtyHangingHostsTenAtATime_HoldsExactlyTenConnectionsAndCutsEachOffAtTheTimeout(string scheme)
    {
        await using var listening = LoopbackBlock.StartListeners(1, (block, ports) =>
            Enumerable.Range(1, 30).Select(i => new IPEndPoint(LoopbackBlock.Offset(block, i), ports[0])));
        var (listeners, block, ports) = listening;
        var stopwatch = Stopwatch.StartNew();

        var results = await Scans.RunAsync(
            new ScanTargetOptions { Subnets = [$"{block}/27"], Ports = ports, Scheme = scheme },
            new ScanOptions { Concurrency = 10, Timeout = s_timeout },
            TestContext.Current.CancellationToken);

        stopwatch.Stop();
        Assert.Equal(10, listeners.MaxConcurrent);
        Assert.Equal(30, listeners.Connections);
        Assert.All(results, r => Assert.Equal(ScanStatus.NoAnswer, r.Status));
        Assert.All(results, r => Assert.Contains("within 0.5 s", r.Detail, StringComparison.Ordinal));
        // Three waves of ten, each cut off at 0.5 s: not sooner (the bound held), not much later (the timeout held).
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 1.45, 4);
    }

    [Fact]
    public async Task Scan_FewerHostsThanConcurrency_OpensOneConnectionPerTargetAtOnce()
    {
        await using var listening = LoopbackBlock.StartListeners(2, (block, ports) =>
            from i in Enumerable.Range(1, 6) from port in ports select new IPEndPoint(LoopbackBlock.Offset(block, i), port));
        var (listeners, block, ports) = listening;

        var results = await Scans.RunAsync(
            new ScanTargetOptions { Subnets = [$"{block}/29"], Ports = ports },
            new ScanOptions { Concurrency = 64, Timeout = s_timeout },
            TestContext.Current.CancellationToken);

        Assert.Equal(12, results.Count);
        Assert.Equal(12, listeners.MaxConcurrent);
        Assert.Equal(12, listeners.Connections);
    }

    [Fact]
    public async Task Scan_Cancelled_StopsPromptlyAndClosesItsConnections()
    {
        await using var listening = LoopbackBlock.StartListeners(1, (block, ports) =>
            Enumerable.Range(1, 14).Select(i => new IPEndPoint(LoopbackBlock.Offset(block, i), ports[0])));
        var (listeners, block, ports) = listening;
        Assert.True(ScanPlan.TryCreate(new ScanTargetOptions { Subnets = [$"{block}/28"], Ports = ports }, out var plan, out _));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var stopwatch = Stopwatch.StartNew();

        var scan = Task.Run(async () =>
        {
            await foreach (var result in new BmcScanner(new ScanOptions { Concurrency = 4, Timeout = TimeSpan.FromSeconds(30) }).ScanAsync(plan, cancel.Token))
            {
                Assert.Fail($"no result was expected before the cancel: {result}");
            }
        }, TestContext.Current.CancellationToken);
        while (listeners.Connections < 4)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scan);

        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 3);
        Assert.Equal(4, listeners.Connections);
    }
}
