namespace SysMgmt.Smd.Subscriptions;

/// <summary>A subscription claimed for delivery: where it is in the feed, what it wants, where to send it.</summary>
internal sealed record ScnDelivery(long SubscriptionId, string Subscriber, string Url, ScnTriggers Triggers, ScnCursor Cursor, int Attempts);
