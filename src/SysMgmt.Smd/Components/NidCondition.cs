namespace SysMgmt.Smd.Components;

/// <summary>
/// The <c>nid</c>, <c>nid_start</c> and <c>nid_end</c> parameters. Without ranges, NIDs filter like any other
/// field (a blank <c>nid=</c> means "has no NID"). With ranges, the result is the union of the ranges and the
/// listed NIDs. Starts and ends pair up by position; an unpaired bound is open on the other side.
/// </summary>
internal sealed record NidCondition(
    IReadOnlyList<long> Include,
    IReadOnlyList<long> Exclude,
    bool IncludeMissing,
    bool ExcludeMissing,
    IReadOnlyList<NidRange> Ranges)
{
    public static readonly NidCondition None = new([], [], false, false, []);

    public bool IsEmpty => Include.Count == 0 && Exclude.Count == 0 && !IncludeMissing && !ExcludeMissing && Ranges.Count == 0;
}

/// <summary>An inclusive NID range; a null bound is open.</summary>
internal sealed record NidRange(long? Start, long? End);
