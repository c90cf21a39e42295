namespace SysMgmt.Smd.Subscriptions;

// Property records, not positional ones: a JSON type error then names the field and the type it expects.

/// <summary>The body of <c>POST /Subscriptions/SCN</c> and <c>PUT /Subscriptions/SCN/{id}</c> (<c>Subscriptions_SCNPostSubscription</c>).</summary>
internal sealed record ScnSubscriptionRequest
{
    public string? Subscriber { get; init; }
    public bool? Enabled { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public IReadOnlyList<string>? SubRoles { get; init; }
    public IReadOnlyList<string>? SoftwareStatus { get; init; }
    public IReadOnlyList<string>? States { get; init; }
    public string? Url { get; init; }
}

/// <summary>The body of <c>PATCH /Subscriptions/SCN/{id}</c>: an operation (add, remove, replace) on the triggers.</summary>
internal sealed record ScnSubscriptionPatchRequest
{
    public string? Op { get; init; }
    public bool? Enabled { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public IReadOnlyList<string>? SubRoles { get; init; }
    public IReadOnlyList<string>? SoftwareStatus { get; init; }
    public IReadOnlyList<string>? States { get; init; }
}
