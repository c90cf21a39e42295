namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// The body POSTed to a subscriber (hms-smd <c>SCNPayload</c>), in the anchors' field order:
/// <c>{"Components":["x0c0s1b0n0"],"State":"Ready","Flag":"OK"}</c>; only the reported fields are present.
/// </summary>
public sealed record ScnNotification
{
    public IReadOnlyList<string> Components { get; init; } = [];
    public bool? Enabled { get; init; }
    public string? Flag { get; init; }
    public string? Role { get; init; }
    public string? SubRole { get; init; }
    public string? SoftwareStatus { get; init; }
    public string? State { get; init; }
}
