using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Reads SMD in the background: at start, every <c>RefreshInterval</c>, when <c>POST /boot/v1/hosts</c> asks,
/// and (at most once per <c>MinimumRefreshInterval</c>) when unknown MACs ask. A failed read keeps the last good
/// index in service and is retried on the same schedule. When BSS follows SMD's stream (<c>Bss:Smd:GrpcUrl</c>),
/// the stream loads the index and this read is a safety net: every <c>StreamingRefreshInterval</c> while the stream
/// is applied, every <c>RefreshInterval</c> while it is broken.
/// </summary>
internal sealed partial class NodeIndexRefreshWorker(
    NodeDirectory directory, SmdClient smd, IOptions<BssOptions> options, TimeProvider time, ILogger<NodeIndexRefreshWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.NodeIndex;

        // Following the stream, its snapshot loads the index: SMD is read at start only if the stream has not loaded it
        // within MinimumRefreshInterval (SMD without gRPC, a refused token), so that BSS still gets its nodes.
        DateTimeOffset? lastAttempt = options.Value.Smd.Streams ? time.GetUtcNow() + settings.MinimumRefreshInterval - settings.RefreshInterval : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = lastAttempt is not { } last ? time.GetUtcNow()
                : directory.RefreshAwaited ? last
                : directory.RefreshRequested ? last + settings.MinimumRefreshInterval
                : last + (directory.Following ? settings.StreamingRefreshInterval : settings.RefreshInterval);
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await directory.WaitForRequestAsync(wait, time, stoppingToken);
                continue;
            }

            var waiting = directory.BeginRefresh();
            lastAttempt = time.GetUtcNow();
            var status = await RefreshOnceAsync(lastAttempt.Value, stoppingToken);
            waiting?.TrySetResult(status);
        }
    }

    private async Task<NodeIndexStatus> RefreshOnceAsync(DateTimeOffset attempt, CancellationToken stoppingToken)
    {
        var previous = directory.Status;
        try
        {
            directory.BeginFullRead();
            var inventory = await smd.ReadInventoryAsync(stoppingToken);
            var table = NodeIndexBuilder.Build(inventory);
            var status = new NodeIndexStatus(attempt, attempt, null, inventory.Warning, table.Count);
            if (!directory.CompleteFullRead(table, status))
            {
                return directory.Status;
            }

            if (previous.LastError is not null || previous.LastAttempt is null)
            {
                LogLoaded(logger, table.Count, table.MacCount);
            }

            if (inventory.Warning is { } warning && warning != previous.Warning)
            {
                LogIncomplete(logger, warning);
            }

            return status;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Keep serving the last good index; nodes must still boot while SMD is down.
            directory.AbandonFullRead();
            var status = previous with { LastAttempt = attempt, LastError = exception.Message };
            directory.PublishFailure(status);
            LogRefreshFailed(logger, exception.Message, previous.NodeCount);
            return status;
        }
    }
}
