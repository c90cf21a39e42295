namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// The next step for one subscription: send <see cref="Notification"/> and, once it is confirmed, move the cursor
/// to <see cref="Cursor"/>; or, with no notification, just move the cursor past changes that do not concern it.
/// </summary>
internal sealed record ScnPlan(ScnNotification? Notification, ScnCursor Cursor);
