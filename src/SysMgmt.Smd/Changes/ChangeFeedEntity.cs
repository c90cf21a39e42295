namespace SysMgmt.Smd.Changes;

/// <summary>The newest sequence number given (<c>smd.change_feed</c>, one row, absent before the first change).</summary>
internal sealed class ChangeFeedEntity
{
    public bool Id { get; set; }
    public long LastSeq { get; set; }
}
