namespace SysMgmt.Smd.Subscriptions;

/// <summary>A subscription's place in the feed: every notification at or before it is done.</summary>
internal readonly record struct ScnCursor(long Sequence, ScnTrigger Trigger) : IComparable<ScnCursor>
{
    /// <summary>Done with everything up to and including change <paramref name="sequence"/>.</summary>
    public static ScnCursor After(long sequence) => new(sequence, ScnTrigger.Enabled);

    /// <summary>The feed position to read after: the cursor's own change again when some of its notifications remain.</summary>
    public long ReadSince => Trigger == ScnTrigger.Enabled ? Sequence : Sequence - 1;

    public int CompareTo(ScnCursor other) =>
        Sequence != other.Sequence ? Sequence.CompareTo(other.Sequence) : Trigger.CompareTo(other.Trigger);

    public static bool operator <(ScnCursor left, ScnCursor right) => left.CompareTo(right) < 0;
    public static bool operator >(ScnCursor left, ScnCursor right) => left.CompareTo(right) > 0;
    public static bool operator <=(ScnCursor left, ScnCursor right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ScnCursor left, ScnCursor right) => left.CompareTo(right) >= 0;
}
