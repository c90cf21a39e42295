namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// A row of <c>smd.scn_pending</c>: the notification being sent to one subscription, kept until its confirmation is
/// recorded (<see cref="ScnPendingStore"/>).
/// </summary>
internal sealed class ScnPendingEntity
{
    public long SubscriptionId { get; set; }
    public Guid IdempotencyKey { get; set; }
    public long ThroughSeq { get; set; }
    public int ThroughTrigger { get; set; }
    public int Components { get; set; }
    public byte[] Body { get; set; } = [];
}
