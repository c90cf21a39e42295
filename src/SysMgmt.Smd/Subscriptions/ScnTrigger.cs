namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// What a notification reports about a component. The values order the notifications one change can give, so
/// that (sequence number, trigger) is a position in the feed: a delivery cursor.
/// </summary>
internal enum ScnTrigger
{
    State = 0,
    Role = 1,
    SoftwareStatus = 2,
    Enabled = 3,
}
