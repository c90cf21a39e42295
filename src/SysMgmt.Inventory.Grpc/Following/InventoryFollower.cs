using System.Runtime.CompilerServices;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Inventory.Grpc.Following;

/// <summary>
/// Follows SMD's live inventory into an <see cref="IInventorySink"/>: a Snapshot, then WatchChanges from its sequence,
/// applying each change and remembering its sequence. A broken stream (SMD restarted, network) is reopened with
/// backoff after the last change applied, so nothing is missed or repeated; a Resync message, or a gap in the
/// sequence, takes a new snapshot. Run it with <see cref="RunAsync"/>; read <see cref="Status"/> for health checks.
/// </summary>
/// <example>
/// <code>
/// using var follower = new InventoryFollower(new() { Address = new("http://127.0.0.1:27780"), TokenSource = GetTokenAsync }, sink, logger);
/// await follower.RunAsync(stoppingToken);   // until cancelled
/// </code>
/// </example>
public sealed partial class InventoryFollower : IDisposable
{
    private readonly InventoryFollowerOptions _options;
    private readonly IInventorySink _sink;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly GrpcChannel _channel;
    private readonly V1.Inventory.InventoryClient _client;
    private readonly TaskCompletionSource _synchronized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private InventoryFollowerStatus _status = InventoryFollowerStatus.Initial;
    private bool _needSnapshot;
    private bool _everConnected;
    private TimeSpan _backoff;

    public InventoryFollower(InventoryFollowerOptions options, IInventorySink sink, ILogger<InventoryFollower> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Address.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The inventory address must be http:// or https://, not '{options.Address}'.", nameof(options));
        }

        _options = options;
        _sink = sink;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _needSnapshot = options.StartAfter is null;
        _backoff = options.MinBackoff;
        _status = _status with { LastSequence = options.StartAfter ?? 0 };
        _channel = GrpcChannel.ForAddress(options.Address, new GrpcChannelOptions
        {
            HttpHandler = options.HttpHandler ?? new SocketsHttpHandler
            {
                // Streams stay open for hours: keep the connection, and let pings find a dead peer.
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                EnableMultipleHttp2Connections = true,
            },
        });
        _client = new V1.Inventory.InventoryClient(_channel);
    }

    /// <summary>The follower's state now (connected, last sequence, last error), for health checks.</summary>
    public InventoryFollowerStatus Status => Volatile.Read(ref _status);

    /// <summary>
    /// Completes when the sink first holds a complete view: the first snapshot applied, or (with
    /// <see cref="InventoryFollowerOptions.StartAfter"/>) the first watch stream opened.
    /// </summary>
    public Task Synchronized => _synchronized.Task;

    /// <summary>
    /// Follows the inventory until <paramref name="cancellationToken"/> is cancelled (then throws
    /// <see cref="OperationCanceledException"/>). Retries every failure, except the first connection's with
    /// <see cref="InventoryFollowerOptions.FailIfFirstConnectionFails"/> (an <see cref="RpcException"/>, or the exception
    /// the token source or the sink threw).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (_needSnapshot)
                {
                    await SnapshotAsync(cancellationToken);
                }

                await WatchAsync(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                if (_options.FailIfFirstConnectionFails && !_everConnected)
                {
                    throw;
                }

                await BackOffAsync(e, cancellationToken);
            }
        }
    }

    public void Dispose() => _channel.Dispose();

    private async Task SnapshotAsync(CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var call = _client.Snapshot(new SnapshotRequest(), await CallOptionsAsync(idle.Token, cancellationToken));
        await ConnectedAsync(call.ResponseHeadersAsync, idle);
        var stream = call.ResponseStream;
        if (!await NextAsync(stream, idle, cancellationToken) || stream.Current.ItemCase != SnapshotMessage.ItemOneofCase.Header)
        {
            throw new InvalidDataException("The inventory snapshot did not start with its header.");
        }

        var header = stream.Current.Header;
        var nodes = new SnapshotNodes(this, stream, header, idle);
        await _sink.ResetAsync(header, nodes.ReadAsync(cancellationToken), cancellationToken);
        if (!nodes.Completed)
        {
            throw new InvalidOperationException("The inventory sink returned before reading the whole snapshot.");
        }

        _needSnapshot = false;
        SetStatus(_status with { Synchronized = true, LastSequence = header.Sequence, Snapshots = _status.Snapshots + 1 });
        _synchronized.TrySetResult();
        LogSnapshotLoaded(_logger, header.NodeCount, header.Sequence, _options.Address);
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var since = _status.LastSequence;
        using var call = _client.WatchChanges(new WatchRequest { Since = since }, await CallOptionsAsync(idle.Token, cancellationToken));
        await ConnectedAsync(call.ResponseHeadersAsync, idle);
        SetStatus(_status with { Synchronized = true });
        _synchronized.TrySetResult();
        LogWatching(_logger, since, _options.Address);
        var stream = call.ResponseStream;
        while (await NextAsync(stream, idle, cancellationToken))
        {
            var message = stream.Current;
            switch (message.ItemCase)
            {
                case WatchMessage.ItemOneofCase.Change:
                    if (!await ApplyAsync(message.Change, cancellationToken))
                    {
                        return;
                    }

                    break;
                case WatchMessage.ItemOneofCase.Heartbeat:
                    await _sink.HeartbeatAsync(message.Heartbeat, cancellationToken);
                    break;
                case WatchMessage.ItemOneofCase.Resync:
                    LogResync(_logger, message.Resync.Reason, message.Resync.LatestSequence);
                    _needSnapshot = true;
                    return;
            }
        }

        throw new InvalidDataException("SMD ended the change stream without a Resync.");
    }

    /// <summary>Applies a change in order; false when a gap in the sequence calls for a new snapshot.</summary>
    private async Task<bool> ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        var last = _status.LastSequence;
        if (change.Sequence <= last)
        {
            return true;
        }

        if (change.Sequence != last + 1)
        {
            LogGap(_logger, change.Sequence, last);
            _needSnapshot = true;
            return false;
        }

        await _sink.ApplyAsync(change, cancellationToken);
        SetStatus(_status with { LastSequence = change.Sequence });
        return true;
    }

    private async Task<CallOptions> CallOptionsAsync(CancellationToken callToken, CancellationToken cancellationToken)
    {
        var token = _options.TokenSource is { } source ? await source(cancellationToken) : null;
        var headers = new Metadata();
        if (!string.IsNullOrEmpty(token))
        {
            headers.Add("authorization", $"Bearer {token}");
        }

        return new CallOptions(headers, cancellationToken: callToken);
    }

    /// <summary>Waits for the response headers: SMD accepted the call (and the token).</summary>
    private async Task ConnectedAsync(Task<Metadata> responseHeaders, CancellationTokenSource idle)
    {
        idle.CancelAfter(_options.IdleTimeout);
        await responseHeaders;
        idle.CancelAfter(Timeout.InfiniteTimeSpan);
        if (_status.LastError is not null)
        {
            LogReconnected(_logger, _options.Address, _status.LastSequence);
        }

        _everConnected = true;
        SetStatus(_status with { Connected = true, LastError = null, LastMessageAt = _time.GetUtcNow() });
    }

    /// <summary>The next message; only the wait for SMD is bounded by the idle timeout, not the sink's work.</summary>
    private async Task<bool> NextAsync<T>(IAsyncStreamReader<T> stream, CancellationTokenSource idle, CancellationToken cancellationToken)
    {
        idle.CancelAfter(_options.IdleTimeout);
        bool more;
        try
        {
            more = await stream.MoveNext(idle.Token);
        }
        catch (Exception e) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested
            && e is RpcException { StatusCode: StatusCode.Cancelled } or OperationCanceledException)
        {
            throw new TimeoutException($"SMD sent nothing for {_options.IdleTimeout.TotalSeconds:0.#} s.", e);
        }

        idle.CancelAfter(Timeout.InfiniteTimeSpan);
        if (more)
        {
            _backoff = _options.MinBackoff;
            SetStatus(_status with { LastMessageAt = _time.GetUtcNow() });
        }

        return more;
    }

    private async Task BackOffAsync(Exception error, CancellationToken cancellationToken)
    {
        var reason = error is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : error.Message;
        var delay = _backoff * (0.8 + (Random.Shared.NextDouble() * 0.4));
        SetStatus(_status with { Connected = false, LastError = reason, LastErrorAt = _time.GetUtcNow(), Reconnects = _status.Reconnects + 1 });
        if (error is RpcException { StatusCode: StatusCode.Unauthenticated or StatusCode.PermissionDenied })
        {
            LogRefused(_logger, _options.Address, reason, delay);
        }
        else
        {
            LogStreamFailed(_logger, _options.Address, reason, delay, _status.LastSequence);
        }

        _backoff = TimeSpan.FromTicks(Math.Min(_backoff.Ticks * 2, _options.MaxBackoff.Ticks));
        await Task.Delay(delay, _time, cancellationToken);
    }

    private void SetStatus(InventoryFollowerStatus status) => Volatile.Write(ref _status, status);

    /// <summary>The snapshot's nodes as the sink reads them, checked against the header's count.</summary>
    private sealed class SnapshotNodes(InventoryFollower follower, IAsyncStreamReader<SnapshotMessage> stream, SnapshotHeader header, CancellationTokenSource idle)
    {
        public bool Completed { get; private set; }

        public async IAsyncEnumerable<Node> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            uint count = 0;
            while (await follower.NextAsync(stream, idle, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (stream.Current.ItemCase != SnapshotMessage.ItemOneofCase.Node)
                {
                    throw new InvalidDataException("The inventory snapshot sent a second header.");
                }

                count++;
                yield return stream.Current.Node;
            }

            if (count != header.NodeCount)
            {
                throw new InvalidDataException($"The inventory snapshot announced {header.NodeCount} nodes and sent {count}.");
            }

            Completed = true;
        }
    }
}
