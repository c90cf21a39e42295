using SysMgmt.Inventory.V1;

namespace SysMgmt.Inventory.Grpc.Following;

/// <summary>
/// Where an <see cref="InventoryFollower"/> delivers the inventory: a whole snapshot, then each change in order. The
/// follower calls one method at a time, never concurrently.
/// </summary>
public interface IInventorySink
{
    /// <summary>
    /// Replace everything with a snapshot: <paramref name="nodes"/> streams the <see cref="SnapshotHeader.NodeCount"/>
    /// nodes in xname order, consistent with <see cref="SnapshotHeader.Sequence"/>. The enumeration throws if the stream
    /// breaks or ends short; build the new view aside and swap it in only when the enumeration completes, so that a
    /// broken snapshot leaves the old view in place (the follower retries).
    /// </summary>
    ValueTask ResetAsync(SnapshotHeader header, IAsyncEnumerable<Node> nodes, CancellationToken cancellationToken);

    /// <summary>
    /// Apply one change. Changes come in sequence order, each exactly once per snapshot (after a reconnect the follower
    /// resumes after the last change this method returned for). An exception stops the stream and the follower retries
    /// the same change after a reconnect.
    /// </summary>
    ValueTask ApplyAsync(Change change, CancellationToken cancellationToken);

    /// <summary>The stream is idle and alive; <see cref="Heartbeat.LatestSequence"/> is SMD's newest sequence.</summary>
    ValueTask HeartbeatAsync(Heartbeat heartbeat, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
