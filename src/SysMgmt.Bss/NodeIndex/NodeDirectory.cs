using System.Threading.Channels;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// The current <see cref="NodeIndexSnapshot"/>, and the requests for a new one. Requests never read SMD
/// themselves: they ask the <see cref="NodeIndexRefreshWorker"/>, which coalesces every ask into one read.
/// </summary>
internal sealed class NodeDirectory
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private volatile NodeIndexSnapshot _current = NodeIndexSnapshot.Empty;
    private volatile NodeIndexStatus _status = NodeIndexStatus.NotLoaded;
    private TaskCompletionSource<NodeIndexStatus>? _pendingRefresh;
    private int _refreshRequested;

    public NodeIndexSnapshot Current => _current;

    public NodeIndexStatus Status => _status;

    /// <summary>True when a request asked for a refresh that has not started yet.</summary>
    public bool RefreshRequested => Volatile.Read(ref _refreshRequested) != 0;

    public bool RefreshAwaited
    {
        get
        {
            lock (_gate)
            {
                return _pendingRefresh is not null;
            }
        }
    }

    /// <summary>
    /// Asks for a refresh soon (an unknown MAC came by). Cheap and lock-free: many calls before the worker runs
    /// make one refresh, and the worker keeps them at least <c>MinimumRefreshInterval</c> apart.
    /// </summary>
    public void RequestRefresh()
    {
        if (Interlocked.Exchange(ref _refreshRequested, 1) == 0)
        {
            _wake.Writer.TryWrite(true);
        }
    }

    /// <summary>
    /// Asks for a refresh now and waits for it (<c>POST /boot/v1/hosts</c>). Callers that ask while a refresh
    /// runs wait for the next one, so what they get is newer than their ask.
    /// </summary>
    public Task<NodeIndexStatus> RefreshAsync(CancellationToken cancellationToken)
    {
        Task<NodeIndexStatus> refreshed;
        lock (_gate)
        {
            _pendingRefresh ??= new TaskCompletionSource<NodeIndexStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
            refreshed = _pendingRefresh.Task;
        }

        _wake.Writer.TryWrite(true);
        return refreshed.WaitAsync(cancellationToken);
    }

    /// <summary>For the worker: wait until asked, or until <paramref name="timeout"/> passes.</summary>
    internal async Task WaitForRequestAsync(TimeSpan timeout, TimeProvider time, CancellationToken stoppingToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, stoppingToken);
        try
        {
            await _wake.Reader.WaitToReadAsync(linked.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The timeout: time for the periodic refresh.
        }
    }

    /// <summary>For the worker: a refresh starts; returns whoever waits for it.</summary>
    internal TaskCompletionSource<NodeIndexStatus>? BeginRefresh()
    {
        Interlocked.Exchange(ref _refreshRequested, 0);
        lock (_gate)
        {
            var waiting = _pendingRefresh;
            _pendingRefresh = null;
            return waiting;
        }
    }

    internal void Publish(NodeIndexSnapshot snapshot, NodeIndexStatus status)
    {
        _current = snapshot;
        _status = status;
    }

    internal void PublishFailure(NodeIndexStatus status) => _status = status;
}
