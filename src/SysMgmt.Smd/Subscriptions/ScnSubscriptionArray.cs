namespace SysMgmt.Smd.Subscriptions;

/// <summary><c>GET /hsm/v2/Subscriptions/SCN</c>: <c>{"SubscriptionList":[…]}</c>.</summary>
public sealed record ScnSubscriptionArray(IReadOnlyList<ScnSubscription> SubscriptionList);
