using System.Diagnostics;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

/// <summary>A thousand emulated BMCs in this process, each read over verified HTTPS.</summary>
public sealed class ScaleTests
{
    private const int BmcCount = 1000;
    private const int Parallelism = 64;

    [Fact]
    public async Task GetServiceRootAsync_ThousandEmulatedBmcs_EveryBmcAnswersWithItsOwnUuid()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = TestBmcs.Options(BmcCount, [.. TestBmcs.AllMockupNames()]);
        var startup = Stopwatch.StartNew();
        await using var emulator = await TestBmcs.StartAsync(options, cancellationToken);
        startup.Stop();
        using var factory = TestClients.Factory(emulator);

        var sweep = Stopwatch.StartNew();
        var uuids = new string?[BmcCount];
        await Parallel.ForEachAsync(emulator.Bmcs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (bmc, ct) =>
        {
            await using var client = factory.Create(bmc);
            uuids[bmc.Index] = (await client.GetServiceRootAsync(ct)).UUID;
        });
        sweep.Stop();

        Assert.Equal(BmcCount, emulator.Bmcs.Count);
        // Two mockups have no ServiceRoot UUID; every BMC of the others has a UUID of its own.
        var withUuid = emulator.Bmcs.Count(b => b.Mockup.TryGetResource("/redfish/v1", out var root) && root.Body.TryGetProperty("UUID", out _));
        var answered = uuids.OfType<string>().ToList();
        Assert.Equal(withUuid, answered.Count);
        Assert.Equal(answered.Count, answered.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        using var process = Process.GetCurrentProcess();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{BmcCount} BMCs: emulator started in {startup.ElapsedMilliseconds} ms; ServiceRoot of each over HTTPS (verified, " +
            $"{Parallelism} in parallel, a new TLS connection each) in {sweep.ElapsedMilliseconds} ms; " +
            $"test process working set {process.WorkingSet64 / (1024 * 1024)} MiB, managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");
        // Seconds, not minutes: generous bounds so that a busy CI machine does not fail the run.
        Assert.True(startup.Elapsed < TimeSpan.FromSeconds(30), $"startup took {startup.Elapsed}");
        Assert.True(sweep.Elapsed < TimeSpan.FromSeconds(90), $"the sweep took {sweep.Elapsed}");
    }
}
