namespace SysMgmt.Smd.Changes;

/// <summary>
/// The changes one transaction made (<c>smd.change_batches</c>): opened by its first change, numbered
/// (<see cref="FirstSeq"/>..<see cref="LastSeq"/>) just before it commits. Written only by the migration's triggers.
/// </summary>
internal sealed class ChangeBatchEntity
{
    public long Id { get; set; }
    public long? FirstSeq { get; set; }
    public long? LastSeq { get; set; }
    public DateTimeOffset? CommittedAt { get; set; }
}
