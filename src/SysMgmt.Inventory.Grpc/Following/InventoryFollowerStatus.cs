namespace SysMgmt.Inventory.Grpc.Following;

/// <summary>What an <see cref="InventoryFollower"/> is doing, for health checks and metrics.</summary>
/// <param name="Connected">A stream to SMD is open and has answered.</param>
/// <param name="Synchronized">The sink holds a complete view (a snapshot was applied, or watching began at <see cref="InventoryFollowerOptions.StartAfter"/>).</param>
/// <param name="LastSequence">The last sequence the sink has (the snapshot's, or the last change applied).</param>
/// <param name="LastMessageAt">When SMD last sent anything (change, heartbeat, snapshot).</param>
/// <param name="LastError">Why the last stream ended, when it failed; null after a successful reconnect.</param>
/// <param name="LastErrorAt">When that happened.</param>
/// <param name="Snapshots">How many snapshots were applied (the first, then one per resync).</param>
/// <param name="Reconnects">How many times a broken stream was reopened.</param>
public sealed record InventoryFollowerStatus(
    bool Connected,
    bool Synchronized,
    ulong LastSequence,
    DateTimeOffset? LastMessageAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    long Snapshots,
    long Reconnects)
{
    public static InventoryFollowerStatus Initial { get; } = new(false, false, 0, null, null, null, 0, 0);
}
