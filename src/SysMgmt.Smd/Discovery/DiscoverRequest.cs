namespace SysMgmt.Smd.Discovery;

/// <summary><c>POST /Inventory/Discover</c>: <c>{"xnames":["x3000c0s19b1"],"force":false}</c>; no xnames means every endpoint.</summary>
internal sealed record DiscoverRequest
{
    public IReadOnlyList<string>? Xnames { get; init; }

    /// <summary>Read for the anchors' sake; nothing runs inside SMD that it could override.</summary>
    public bool Force { get; init; }
}
