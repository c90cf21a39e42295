using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Following;

/// <summary>
/// Receives the inventory stream into a <see cref="NodeView"/> and says when the host file is out of date; a
/// <see cref="HostsSync"/> writes it. Receiving and writing are apart so that a burst of changes costs one write,
/// not one per change.
/// </summary>
public sealed class DhcpSink : IInventorySink
{
    private readonly NodeView _view = new();
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _stale = new(0, 1);

    /// <summary>Waits until the view has changed since the last <see cref="Take"/>.</summary>
    public Task WaitForChangeAsync(CancellationToken cancellationToken) => _stale.WaitAsync(cancellationToken);

    /// <summary>The nodes now and the sequence they are consistent with.</summary>
    public (ulong Sequence, IReadOnlyList<Node> Nodes) Take()
    {
        lock (_lock)
        {
            return (_view.Sequence, _view.Nodes.ToList());
        }
    }

    public async ValueTask ResetAsync(SnapshotHeader header, IAsyncEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        // Built aside: a snapshot that breaks half way leaves the view (and the file) as they were.
        var all = new List<Node>((int)Math.Min(header.NodeCount, 1_000_000));
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            all.Add(node);
        }

        lock (_lock)
        {
            _view.Replace(header.Sequence, all);
        }

        MarkStale();
    }

    public ValueTask ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        bool changed;
        lock (_lock)
        {
            changed = _view.Apply(change);
        }

        if (changed)
        {
            MarkStale();
        }

        return ValueTask.CompletedTask;
    }

    private void MarkStale()
    {
        lock (_lock)
        {
            if (_stale.CurrentCount == 0)
            {
                _stale.Release();
            }
        }
    }
}
