namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// An SCN subscription on the wire (<c>Subscriptions_SCNSubscriptionArrayItem.1.0.0</c>): who is notified, at which
/// URL, of which changes. Empty trigger lists and an unset <see cref="Enabled"/> are omitted, as in the anchors.
/// </summary>
public sealed record ScnSubscription
{
    public long ID { get; init; }
    public string Subscriber { get; init; } = "";
    public bool? Enabled { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public IReadOnlyList<string>? SubRoles { get; init; }
    public IReadOnlyList<string>? SoftwareStatus { get; init; }
    public IReadOnlyList<string>? States { get; init; }
    public string Url { get; init; } = "";
}
