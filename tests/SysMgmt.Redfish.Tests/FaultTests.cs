using System.Diagnostics;
using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

/// <summary>Every injected fault ends a walk with a typed <see cref="RedfishException"/> in bounded time: no hang, nothing else thrown.</summary>
public sealed class FaultTests
{
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(4);

    public static TheoryData<string, RedfishErrorKind> Faults => new()
    {
        { "latency=3s", RedfishErrorKind.Timeout },
        { "hang", RedfishErrorKind.Timeout },
        { "refused", RedfishErrorKind.Connection },
        { "errors", RedfishErrorKind.ServerError },
        { "malformed-json", RedfishErrorKind.InvalidResponse },
        { "truncated", RedfishErrorKind.InvalidResponse },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task WalkAsync_FaultyBmc_ThrowsTypedErrorWithinTheDeadline(string fault, RedfishErrorKind expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync($"0:{fault}", cancellationToken);
        using var factory = TestClients.Factory(emulator, Tight);
        await using var client = factory.Create(emulator.Bmcs[0]);
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RedfishException>(() => RedfishInventoryWalker.WalkAsync(client, cancellationToken));

        Assert.Equal(expected, error.Kind);
        Assert.Contains(emulator.Bmcs[0].BaseUri.Authority, error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < s_deadline + TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task WalkAsync_BmcHangsLongerThanTheDeadline_ThrowsTimeoutNamingTheDeadline()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync("0:hang", cancellationToken);
        using var factory = TestClients.Factory(emulator, o => (o.RequestTimeout, o.BmcDeadline) = (TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)));
        await using var client = factory.Create(emulator.Bmcs[0]);
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RedfishException>(() => RedfishInventoryWalker.WalkAsync(client, cancellationToken));

        Assert.Equal(RedfishErrorKind.Timeout, error.Kind);
        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task WalkAsync_TwoServerErrorsThenHealthy_RetriesAndSucceeds()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync("0:errors=2", cancellationToken);
        using var factory = TestClients.Factory(emulator, Tight);
        await using var client = factory.Create(emulator.Bmcs[0]);

        var inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);

        Assert.Single(inventory.Systems);
    }

    [Fact]
    public async Task WalkAsync_LatencyWithinTheTimeout_Succeeds()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await StartAsync("0:latency=20ms", cancellationToken);
        using var factory = TestClients.Factory(emulator, Tight);
        await using var client = factory.Create(emulator.Bmcs[0]);

        var inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);

        Assert.Single(inventory.Systems);
    }

    private static void Tight(RedfishClientOptions options)
    {
        options.RequestTimeout = s_requestTimeout;
        options.BmcDeadline = s_deadline;
        options.MaxRetries = 2;
    }

    private static async Task<EmulatorHost> StartAsync(string faultSpec, CancellationToken cancellationToken)
    {
        var options = TestBmcs.Options(1, "dmtf-public-rackmount1");
        Assert.True(BmcFaultSpec.TryParse(faultSpec, out var index, out var faults, out var error), error);
        options.Faults[index] = faults;
        return await TestBmcs.StartAsync(options, cancellationToken);
    }
}
