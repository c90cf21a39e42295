namespace SysMgmt.Smd.Changes;

/// <summary>
/// <c>GET /hsm/v2/changes</c>: the changes after the requested sequence number, in order, and the newest number
/// given so far. A page shorter than the limit holds everything up to <see cref="LatestSequence"/>.
/// </summary>
public sealed record ChangePage(long LatestSequence, IReadOnlyList<Change> Changes);
