using System.Runtime;
using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Gives memory back after a burst of index writes. Loading 100,000 nodes (a snapshot, a full read of SMD, or the
/// stream catching up with a bulk load) leaves the records it replaced and the index's outgrown tables as garbage
/// that has lived long enough to reach the oldest generation, which the background collector does not compact: the
/// process would keep that memory resident. Once <c>CompactAfterNodes</c> records were written and the index has
/// been quiet for a second, one compacting collection returns it (a pause of tens of milliseconds, once per bulk
/// load, not per change).
/// </summary>
internal sealed partial class NodeIndexCompactionWorker(
    NodeDirectory directory, IOptions<BssOptions> options, TimeProvider time, ILogger<NodeIndexCompactionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan s_quiet = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var threshold = options.Value.NodeIndex.CompactAfterNodes;
        if (threshold <= 0)
        {
            return;
        }

        long compactedAt = 0, seen = 0;
        using var timer = new PeriodicTimer(s_quiet, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var written = directory.NodesWritten;
            if (written == seen && written - compactedAt >= threshold)
            {
                var before = GC.GetTotalMemory(false);
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                LogCompacted(logger, written - compactedAt, before >> 20, GC.GetTotalMemory(false) >> 20);
                compactedAt = written;
            }

            seen = written;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Node index quiet after a burst of writes; memory compacted ({Written} records since the last time): managed heap {BeforeMiB} MiB -> {AfterMiB} MiB")]
    private static partial void LogCompacted(ILogger logger, long written, long beforeMiB, long afterMiB);
}
