namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// A row of <c>smd.scn_deliveries</c>: how far delivery to one subscription has got in the change feed (every
/// notification up to (<see cref="DeliveredSeq"/>, <see cref="DeliveredTrigger"/>) is done), and its retry state.
/// </summary>
internal sealed class ScnDeliveryEntity
{
    public long SubscriptionId { get; set; }
    public long DeliveredSeq { get; set; }
    public int DeliveredTrigger { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
