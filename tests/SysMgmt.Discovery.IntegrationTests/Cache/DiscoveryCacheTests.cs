using System.Net;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Scanning;
using SysMgmt.Redfish.Models;
using SysMgmt.Testing.Time;

namespace SysMgmt.Discovery.IntegrationTests.Cache;

/// <summary>The cache file: merges, timestamps, clearing, concurrent writers, corrupt and unwritable files.</summary>
[UnsupportedOSPlatform("windows")] // Unix file modes
public sealed class DiscoveryCacheTests : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("sysmgmt-cache-test-").FullName;
    private readonly ManualTimeProvider _time = new(s_start);

    private string CachePath => Path.Combine(_directory, "state", "sysmgmt", DiscoveryCache.FileName);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Read_NoFileYet_IsEmpty()
    {
        var bmcs = await new DiscoveryCache(CachePath).ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(bmcs);
        Assert.False(File.Exists(CachePath));
    }

    [Fact]
    public async Task Record_FoundTargets_AreKeptWithTimestampsAndServiceDetails()
    {
        var cache = new DiscoveryCache(CachePath, _time);

        await cache.RecordAsync([Redfish("10.0.0.2", "1.15.0"), Result("10.0.0.1", ScanStatus.Closed), Result("10.0.0.3", ScanStatus.TlsFailed)], TestContext.Current.CancellationToken);

        var bmc = Assert.Single(await new DiscoveryCache(CachePath).ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal("https://10.0.0.2:443", bmc.Url);
        Assert.Equal(new Uri("https://10.0.0.2:443"), bmc.BaseUri);
        Assert.True(bmc.State);
        Assert.Equal(ScanStatus.Redfish, bmc.Status);
        Assert.Equal(("Redfish", "1.15.0", "Contoso"), (bmc.ServiceType, bmc.RedfishVersion, bmc.Vendor));
        Assert.Equal((s_start, s_start, s_start), (bmc.FirstSeen, bmc.LastSeen, bmc.LastScanned));
    }

    [Fact]
    public async Task Record_LaterScans_MergeKeepingFirstSeenAndTheLastSighting()
    {
        var cache = new DiscoveryCache(CachePath, _time);
        await cache.RecordAsync([Redfish("10.0.0.2", "1.15.0"), Redfish("10.0.0.3", "1.2.0")], TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(1));
        await cache.RecordAsync([Redfish("10.0.0.2", "1.17.0"), Result("10.0.0.4", ScanStatus.Open)], TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(1));

        var touched = await cache.RecordAsync([Result("10.0.0.3", ScanStatus.Closed)], TestContext.Current.CancellationToken);

        var bmcs = (await cache.ReadAsync(TestContext.Current.CancellationToken)).ToDictionary(b => b.Target.Host);
        Assert.Equal(["10.0.0.2", "10.0.0.3", "10.0.0.4"], bmcs.Keys);
        Assert.Equal((s_start, s_start.AddHours(1), "1.17.0", true), (bmcs["10.0.0.2"].FirstSeen, bmcs["10.0.0.2"].LastSeen, bmcs["10.0.0.2"].RedfishVersion, bmcs["10.0.0.2"].State));
        var gone = bmcs["10.0.0.3"];
        Assert.Equal((s_start, s_start, s_start.AddHours(2)), (gone.FirstSeen, gone.LastSeen, gone.LastScanned));
        Assert.Equal((ScanStatus.Closed, false, "1.2.0"), (gone.Status, gone.State, gone.RedfishVersion));
        Assert.Equal((ScanStatus.Open, true, null), (bmcs["10.0.0.4"].Status, bmcs["10.0.0.4"].State, bmcs["10.0.0.4"].ServiceType));
        Assert.Equal([gone], touched);
    }

    [Theory]
    [InlineData(ScanStatus.Error)]
    [InlineData(ScanStatus.Excluded)]
    public async Task Record_ResultThatObservedNothing_LeavesTheCachedBmcAsItWas(ScanStatus status)
    {
        var cache = new DiscoveryCache(CachePath, _time);
        await cache.RecordAsync([Redfish("10.0.0.2", "1.15.0")], TestContext.Current.CancellationToken);
        var before = Assert.Single(await cache.ReadAsync(TestContext.Current.CancellationToken));
        _time.Advance(TimeSpan.FromHours(1));

        var touched = await cache.RecordAsync([Result("10.0.0.2", status) with { Detail = "TooManyOpenSockets" }], TestContext.Current.CancellationToken);

        Assert.Empty(touched);
        Assert.Equal(before, Assert.Single(await cache.ReadAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Record_SameHostOtherPortOrScheme_IsAnotherEntry()
    {
        var cache = new DiscoveryCache(CachePath, _time);

        await cache.RecordAsync(
            [
                new ScanResult(new ScanTarget("https", IPAddress.Parse("10.0.0.2"), 443), ScanStatus.Open),
                new ScanResult(new ScanTarget("https", IPAddress.Parse("10.0.0.2"), 8443), ScanStatus.Open),
                new ScanResult(new ScanTarget("http", IPAddress.Parse("10.0.0.2"), 443), ScanStatus.Open),
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(
            ["http://10.0.0.2:443", "https://10.0.0.2:443", "https://10.0.0.2:8443"],
            (await cache.ReadAsync(TestContext.Current.CancellationToken)).Select(b => b.Url));
    }

    [Fact]
    public async Task Record_File_IsOwnerOnlyJsonInACreatedDirectoryWithNoTemporaryFilesLeft()
    {
        await new DiscoveryCache(CachePath, _time).RecordAsync([Redfish("10.0.0.2", "1.15.0")], TestContext.Current.CancellationToken);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CachePath));
        var document = JsonNode.Parse(await File.ReadAllTextAsync(CachePath, TestContext.Current.CancellationToken))!;
        Assert.Equal(1, document["version"]!.GetValue<int>());
        var record = document["bmcs"]![0]!;
        Assert.Equal("https://10.0.0.2", record["host"]!.GetValue<string>());
        Assert.Equal(443, record["port"]!.GetValue<int>());
        Assert.Equal("tcp", record["protocol"]!.GetValue<string>());
        Assert.True(record["state"]!.GetValue<bool>());
        Assert.Equal("2026-12-03T09:00:00.000000Z", record["timestamp"]!.GetValue<string>());
        Assert.Equal("Redfish", record["service_type"]!.GetValue<string>());
        Assert.Equal([DiscoveryCache.FileName, DiscoveryCache.FileName + ".lock"], Directory.GetFiles(Path.GetDirectoryName(CachePath)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Record_ReplacesTheFileAtomically_AReaderNeverSeesHalfAFile()
    {
        var cache = new DiscoveryCache(CachePath, _time);
        await cache.RecordAsync([Redfish("10.0.0.1", "1.0.0")], TestContext.Current.CancellationToken);
        using var done = new CancellationTokenSource();
        var reads = 0;
        var reader = Task.Run(
            async () =>
            {
                while (!done.IsCancellationRequested)
                {
                    // Throws if a read ever catches a partly written file.
                    Assert.NotEmpty(await new DiscoveryCache(CachePath).ReadAsync(TestContext.Current.CancellationToken));
                    reads++;
                }
            },
            TestContext.Current.CancellationToken);

        for (var i = 2; i <= 40; i++)
        {
            await cache.RecordAsync([Redfish($"10.0.0.{i}", "1.0.0")], TestContext.Current.CancellationToken);
        }

        await done.CancelAsync();
        await reader;
        Assert.True(reads > 0);
        Assert.Equal(40, (await cache.ReadAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Record_ConcurrentWriters_LoseNoResult()
    {
        // Each writer opens the lock file itself, as separate processes do (flock is per open file).
        const int writers = 5;
        const int rounds = 8;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(
            async () =>
            {
                for (var round = 0; round < rounds; round++)
                {
                    await new DiscoveryCache(CachePath).RecordAsync([Redfish($"10.{writer}.{round}.1", "1.0.0")], TestContext.Current.CancellationToken);
                }
            },
            TestContext.Current.CancellationToken)));

        Assert.Equal(writers * rounds, (await new DiscoveryCache(CachePath).ReadAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Clear_EmptiesTheCache()
    {
        var cache = new DiscoveryCache(CachePath, _time);
        await cache.RecordAsync([Redfish("10.0.0.2", "1.15.0")], TestContext.Current.CancellationToken);

        await cache.ClearAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await cache.ReadAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("this is not json", "is not valid")]
    [InlineData("""{"bmcs":[]}""", "no \"version\"")]
    [InlineData("""{"version":7,"bmcs":[]}""", "version 7")]
    [InlineData("""{"version":1,"bmcs":[{"port":443}]}""", "no \"host\"")]
    [InlineData("""{"version":1,"bmcs":[{"host":"https://10.0.0.1","port":99999}]}""", "port 99999")]
    [InlineData("""{"version":1,"bmcs":[{"host":"10.0.0.1","port":443}]}""", "has no scheme")]
    [InlineData("""{"version":1,"bmcs":[{"host":"https://10.0.0.1","port":443,"last_seen":"yesterday"}]}""", "'yesterday' is not an RFC 3339 time")]
    public async Task Read_CorruptFile_IsAClearErrorAndClearRecovers(string content, string reason)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        await File.WriteAllTextAsync(CachePath, content, TestContext.Current.CancellationToken);
        var cache = new DiscoveryCache(CachePath, _time);

        var error = await Assert.ThrowsAsync<DiscoveryCacheException>(() => cache.ReadAsync(TestContext.Current.CancellationToken));
        var onRecord = await Assert.ThrowsAsync<DiscoveryCacheException>(() => cache.RecordAsync([Redfish("10.0.0.9", "1.0.0")], TestContext.Current.CancellationToken));

        Assert.True(error.Corrupt);
        Assert.Contains(CachePath, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(CachePath, TestContext.Current.CancellationToken));
        Assert.True(onRecord.Corrupt);
        await cache.ClearAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await cache.ReadAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CheckWritable_DirectoryIsAFile_IsAClearError()
    {
        var blocker = Path.Combine(_directory, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "", TestContext.Current.CancellationToken);
        var cache = new DiscoveryCache(Path.Combine(blocker, DiscoveryCache.FileName));

        var error = await Assert.ThrowsAsync<DiscoveryCacheException>(() => cache.CheckWritableAsync(TestContext.Current.CancellationToken));

        Assert.False(error.Corrupt);
        Assert.StartsWith($"cannot write the discovery cache {cache.Path}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_WhileAnotherHoldsTheLockTooLong_GivesUpWithAClearError()
    {
        var cache = new DiscoveryCache(CachePath) { LockWait = TimeSpan.FromMilliseconds(300) };
        await cache.ClearAsync(TestContext.Current.CancellationToken);
        await using var holder = new FileStream(CachePath + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var error = await Assert.ThrowsAsync<DiscoveryCacheException>(() => cache.RecordAsync([Redfish("10.0.0.2", "1.0.0")], TestContext.Current.CancellationToken));

        Assert.Contains("stayed locked", error.Message, StringComparison.Ordinal);
    }

    private static ScanResult Result(string address, ScanStatus status) =>
        new(new ScanTarget("https", IPAddress.Parse(address), 443), status);

    private static ScanResult Redfish(string address, string version) =>
        Result(address, ScanStatus.Redfish) with { ServiceRoot = new ServiceRoot { RedfishVersion = version, Vendor = "Contoso", UUID = Guid.NewGuid().ToString() } };
}
