namespace SysMgmt.Smd.Hardware;

/// <summary>Filters of the history routes; the time window is exclusive at both ends, as in the anchors.</summary>
internal sealed record HistoryFilter
{
    public IReadOnlyList<string> Ids { get; init; } = [];
    public IReadOnlyList<string> FruIds { get; init; } = [];
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
}
