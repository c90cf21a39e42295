using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Where SMD's inventory stream lands in BSS: a snapshot becomes a new <see cref="NodeTable"/>, built aside and
/// swapped in whole; each change updates only the nodes it touches.
/// </summary>
internal sealed class NodeIndexStreamSink(NodeDirectory directory, TimeProvider time) : IInventorySink
{
    public async ValueTask ResetAsync(SnapshotHeader header, IAsyncEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        var table = new NodeTable((int)Math.Min(header.NodeCount, 10_000_000));
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            table.Add(InventoryNodeRecords.From(node));
        }

        directory.ResetFromStream(table, header.Sequence, time.GetUtcNow());
    }

    public ValueTask ApplyAsync(Change change, CancellationToken cancellationToken)
    {
        directory.ApplyFromStream(table => Apply(table, change), change.Sequence, time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    public ValueTask HeartbeatAsync(Heartbeat heartbeat, CancellationToken cancellationToken)
    {
        directory.Heard(time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    /// <summary>Applies one change to <paramref name="table"/>; returns the xnames whose records it changed.</summary>
    internal static List<string> Apply(NodeTable table, Change change)
    {
        var changed = new List<string>(1);
        switch (change.EffectCase)
        {
            case Change.EffectOneofCase.Node:
                var node = InventoryNodeRecords.From(change.Node);
                changed.Add(node.Xname);
                table.Upsert(node, changed);
                break;
            case Change.EffectOneofCase.RemovedNode:
                changed.Add(change.RemovedNode);
                table.Remove(change.RemovedNode);
                break;
        }

        // The node's own record (above) normally no longer lists it; a record that still does loses it here.
        if (change.RemovedMac.Length > 0 && table.FindByMac(change.RemovedMac) is { } holder && holder.Macs.Contains(change.RemovedMac))
        {
            changed.Add(holder.Xname);
            table.RemoveMac(change.RemovedMac);
        }

        return changed;
    }
}
