using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>
/// A follower's view of the nodes, kept as a consumer should: a node view replaces the node (and takes its MACs from
/// any other node), <c>removed_node</c> drops it, <c>removed_mac</c> drops the MAC. Records every sequence applied.
/// </summary>
internal sealed class NodeModel : IInventorySink
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly List<ulong> _applied = [];

    public int Resets { get; private set; }

    public ulong Sequence { get; private set; }

    public IReadOnlyList<ulong> Applied { get { lock (_lock) { return [.. _applied]; } } }

    public Dictionary<string, Node> Nodes { get { lock (_lock) { return new(_nodes); } } }

    public async ValueTask ResetAsync(SnapshotHeader header, IAsyncEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        var fresh = new List<Node>();
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            fresh.Add(node);
        }

        lock (_lock)
        {
            _nodes.Clear();
            foreach (var node in fresh)
            {
                _nodes[node.Xname] = node;
            }

            _applied.Clear();
            Sequence = header.Sequence;
            Resets++;
        }
    }

    public ValueTask ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            switch (change.EffectCase)
            {
                case Change.EffectOneofCase.Node:
                    foreach (var mac in change.Node.Interfaces.Select(i => i.Mac))
                    {
                        RemoveMac(mac);
                    }

                    _nodes[change.Node.Xname] = change.Node;
                    break;
                case Change.EffectOneofCase.RemovedNode:
                    _nodes.Remove(change.RemovedNode);
                    break;
            }

            if (change.RemovedMac.Length > 0)
            {
                RemoveMac(change.RemovedMac);
            }

            _applied.Add(change.Sequence);
            Sequence = change.Sequence;
        }

        return ValueTask.CompletedTask;
    }

    private void RemoveMac(string mac)
    {
        foreach (var (xname, node) in _nodes.ToList())
        {
            if (node.Interfaces.FirstOrDefault(i => i.Mac == mac) is { } stale)
            {
                var copy = node.Clone();
                copy.Interfaces.Remove(copy.Interfaces.First(i => i.Mac == stale.Mac));
                _nodes[xname] = copy;
            }
        }
    }

    /// <summary>Waits until the model has applied <paramref name="sequence"/> (or a snapshot at or after it).</summary>
    public async Task WaitForAsync(ulong sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Sequence < sequence)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the follower reached sequence {Sequence}, not {sequence}, within {timeout}");
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
