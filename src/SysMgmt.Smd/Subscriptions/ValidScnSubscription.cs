namespace SysMgmt.Smd.Subscriptions;

/// <summary>A subscription body that passed <see cref="ScnSubscriptionValidator"/>.</summary>
internal sealed record ValidScnSubscription(string Subscriber, string Url, ScnTriggers Triggers);
