namespace SysMgmt.Smd.Subscriptions;

/// <summary>A subscription PATCH that passed <see cref="ScnSubscriptionValidator"/>.</summary>
internal sealed record ValidScnPatch(ScnPatchOperation Operation, ScnTriggers Triggers);
