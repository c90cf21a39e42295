using System.Data;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Npgsql;
using SysMgmt.Inventory.V1;
using SysMgmt.Smd.Changes;
using FeedChange = SysMgmt.Smd.Changes.Change;

namespace SysMgmt.Smd.Inventory;

/// <summary>
/// <c>sysmgmt.inventory.v1.Inventory</c> (docs/grpc.md): the node view as one consistent snapshot, and the change
/// feed as a stream, each change with its effect on the node view. Streams end when SMD stops, with Unavailable, so
/// that followers reconnect to another replica or to this one after its restart.
/// </summary>
internal sealed partial class InventoryService(
    NpgsqlDataSource dataSource,
    ChangeSignal signal,
    ChangeNotificationListener listener,
    IHostApplicationLifetime lifetime,
    IOptions<InventoryGrpcOptions> options,
    TimeProvider time,
    ILogger<InventoryService> logger) : SysMgmt.Inventory.V1.Inventory.InventoryBase
{
    // Messages are buffered and flushed in groups rather than one write per message.
    private static readonly WriteOptions s_buffered = new(WriteFlags.BufferHint);
    private const int FlushEvery = 256;

    public override async Task Snapshot(SnapshotRequest request, IServerStreamWriter<SnapshotMessage> responseStream, ServerCallContext context)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        var started = time.GetTimestamp();
        try
        {
            // One REPEATABLE READ snapshot for the sequence and every node: exactly the state after that sequence.
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var status = await ChangeFeedReader.StatusAsync(connection, cancellationToken);
            var count = await NodeViewReader.CountAsync(connection, cancellationToken);
            await responseStream.WriteAsync(new SnapshotMessage { Header = new SnapshotHeader { Sequence = (ulong)status.Latest, NodeCount = count } });
            var written = 0u;
            await foreach (var node in NodeViewReader.ReadAsync(connection, xnames: null, cancellationToken))
            {
                written++;
                responseStream.WriteOptions = written % FlushEvery == 0 || written == count ? null : s_buffered;
                await responseStream.WriteAsync(new SnapshotMessage { Node = node });
            }

            LogSnapshotServed(logger, written, status.Latest, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ThrowIfStopping();
        }
    }

    public override async Task WatchChanges(WatchRequest request, IServerStreamWriter<WatchMessage> responseStream, ServerCallContext context)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        var settings = options.Value;
        // Woken by the feed's NOTIFY; started by the first stream when the SCN dispatcher does not run it already.
        _ = listener.RunAsync(lifetime.ApplicationStopping);
        LogWatchStarted(logger, request.Since);
        try
        {
            // Headers now, so that the client knows at once that its call (and token) was accepted.
            await context.WriteResponseHeadersAsync([]);
            var since = request.Since > long.MaxValue ? long.MaxValue : (long)request.Since;
            var lastSent = time.GetTimestamp();
            while (!cancellationToken.IsCancellationRequested)
            {
                var wake = signal.Next;
                var page = await ReadPageAsync(since, settings.PageSize, cancellationToken);
                if (page.Gap is { } gap)
                {
                    LogResync(logger, request.Since, gap);
                    await responseStream.WriteAsync(new WatchMessage { Resync = new Resync { Reason = gap, LatestSequence = (ulong)page.Latest } });
                    return;
                }

                for (var i = 0; i < page.Changes.Count; i++)
                {
                    responseStream.WriteOptions = i == page.Changes.Count - 1 || (i + 1) % FlushEvery == 0 ? null : s_buffered;
                    await responseStream.WriteAsync(new WatchMessage { Change = page.Changes[i] });
                    since = (long)page.Changes[i].Sequence;
                    lastSent = time.GetTimestamp();
                }

                if (page.Changes.Count == settings.PageSize)
                {
                    continue;
                }

                var idle = time.GetElapsedTime(lastSent);
                if (idle >= settings.HeartbeatInterval)
                {
                    await responseStream.WriteAsync(new WatchMessage { Heartbeat = new Heartbeat { LatestSequence = (ulong)page.Latest } });
                    lastSent = time.GetTimestamp();
                    idle = TimeSpan.Zero;
                }

                var wait = settings.HeartbeatInterval - idle < settings.PollInterval ? settings.HeartbeatInterval - idle : settings.PollInterval;
                await Task.WhenAny(wake, Task.Delay(wait, time, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        ThrowIfStopping();
    }

    /// <summary>The changes after <paramref name="since"/> with the node views they touch, read in one snapshot.</summary>
    private async Task<WatchPage> ReadPageAsync(long since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var status = await ChangeFeedReader.StatusAsync(connection, cancellationToken);
        if (status.Gap(since) is { } gap)
        {
            return new WatchPage(status.Latest, gap, []);
        }

        var changes = await ChangeFeedReader.ChangesAsync(connection, since, limit, kind: null, cancellationToken);
        var nodes = await NodesAsync(connection, changes, cancellationToken);
        return new WatchPage(status.Latest, null, [.. changes.Select(change => ChangeMessages.ToMessage(change, nodes))]);
    }

    private static async Task<Dictionary<string, Node>> NodesAsync(NpgsqlConnection connection, List<FeedChange> changes, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var xnames = changes.Select(ChangeMessages.NodeOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (xnames.Count > 0)
        {
            await foreach (var node in NodeViewReader.ReadAsync(connection, xnames, cancellationToken))
            {
                nodes[node.Xname] = node;
            }
        }

        return nodes;
    }

    private void ThrowIfStopping()
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "SMD is stopping; reconnect and resume from your last sequence"));
        }
    }

    private sealed record WatchPage(long Latest, string? Gap, IReadOnlyList<SysMgmt.Inventory.V1.Change> Changes);
}
