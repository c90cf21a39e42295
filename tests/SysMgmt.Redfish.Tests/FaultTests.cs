using System.Diagnostics;
using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.Redfish.Tests;

/// <summary>Every injected fault ends a walk with a typed <see cref="RedfishException"/> in bounded time: no hang, nothing else thrown.</summary>
public sealed class FaultTests
{
    // Short enough that the tests are quick, long enough that a TLS handshake on a busy two-core CI machine
    // is not mistaken for a fault.
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromMilliseconds(1500);
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(6);

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
        await using var bmc = await StartAsync($"0:{fault}", Tight, cancellationToken);
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RedfishException>(() => RedfishInventoryWalker.WalkAsync(bmc.Client, cancellationToken));

        Assert.Equal(expected, error.Kind);
        Assert.Contains(bmc.Bmc.BaseUri.Authority, error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < s_deadline + TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task WalkAsync_BmcHangsLongerThanTheDeadline_ThrowsTimeoutNamingTheDeadline()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await StartAsync("0:hang", o => (o.RequestTimeout, o.BmcDeadline) = (TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)), cancellationToken);
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RedfishException>(() => RedfishInventoryWalker.WalkAsync(bmc.Client, cancellationToken));

        Assert.Equal(RedfishErrorKind.Timeout, error.Kind);
        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData("0:errors=2")] // retried
    [InlineData("0:latency=20ms")] // within the timeout
    public async Task WalkAsync_FaultTheClientAbsorbs_Succeeds(string fault)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await StartAsync(fault, Relaxed, cancellationToken);

        var inventory = await RedfishInventoryWalker.WalkAsync(bmc.Client, cancellationToken);

        Assert.Single(inventory.Systems);
    }

    private static void Tight(RedfishClientOptions options)
    {
        options.RequestTimeout = s_requestTimeout;
        options.BmcDeadline = s_deadline;
        options.MaxRetries = 2;
    }

    /// <summary>Retries as in <see cref="Tight"/>, but time enough for any healthy request on a loaded machine.</summary>
    private static void Relaxed(RedfishClientOptions options)
    {
        options.RequestTimeout = TimeSpan.FromSeconds(10);
        options.BmcDeadline = TimeSpan.FromSeconds(60);
        options.MaxRetries = 2;
    }

    private static Task<ConnectedBmc> StartAsync(string faultSpec, Action<RedfishClientOptions> configure, CancellationToken cancellationToken)
    {
        Assert.True(BmcFaultSpec.TryParse(faultSpec, out _, out var faults, out var error), error);
        return ConnectedBmc.StartAsync("dmtf-public-rackmount1", cancellationToken, configure, faults);
    }
}
