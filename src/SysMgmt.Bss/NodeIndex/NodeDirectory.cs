using System.Threading.Channels;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// The current <see cref="NodeTable"/>, its one writer's entry points, and the requests for a new one. Requests
/// never read SMD themselves: they ask the <see cref="NodeIndexRefreshWorker"/>, which coalesces every ask into one
/// read. Following SMD's stream (<see cref="NodeIndexStreamWorker"/>), changes are applied here one node at a time,
/// and a full read that overlaps them keeps the stream's newer view of the nodes they touched.
/// </summary>
internal sealed partial class NodeDirectory
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private readonly Lock _writer = new();
    private volatile NodeTable _current = NodeTable.Empty;
    private volatile NodeIndexStatus _status = NodeIndexStatus.NotLoaded;
    private volatile bool _streamLoaded;
    private HashSet<string>? _changedDuringRead;
    private bool _readSuperseded;
    private ulong _sequence;
    private long _nodesWritten;
    private TaskCompletionSource _sequenceAdvanced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<NodeIndexStatus>? _pendingRefresh;
    private int _refreshRequested;

    public NodeTable Current => _current;

    public NodeIndexStatus Status => _status;

    /// <summary>True while SMD's stream is connected and its snapshot applied: refreshes asked for by requests are not needed.</summary>
    public bool Following => _streamLoaded && StreamConnected?.Invoke() == true;

    /// <summary>Set by the stream worker: whether its stream to SMD is open now.</summary>
    internal Func<bool>? StreamConnected { get; set; }

    /// <summary>How many node records were written so far (a table swapped in counts all its nodes): a measure of garbage made.</summary>
    public long NodesWritten => Interlocked.Read(ref _nodesWritten);

    /// <summary>The last change-feed sequence applied from the stream (0 before the first snapshot).</summary>
    public ulong Sequence
    {
        get
        {
            lock (_writer)
            {
                return _sequence;
            }
        }
    }

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
        if (Following)
        {
            // The stream brings every node SMD learns of within moments; a full read would add nothing.
            return;
        }

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

    /// <summary>Swaps in a table built from a full read, whatever the stream did meanwhile (tests, and reads that began none).</summary>
    internal void Publish(NodeTable table, NodeIndexStatus status)
    {
        lock (_writer)
        {
            _current = table;
            _status = status;
            Interlocked.Add(ref _nodesWritten, table.Count);
        }
    }

    internal void PublishFailure(NodeIndexStatus status) => _status = status;
}
