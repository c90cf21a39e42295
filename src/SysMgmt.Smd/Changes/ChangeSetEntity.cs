namespace SysMgmt.Smd.Changes;

/// <summary>
/// One statement's changes of one kind and operation (<c>smd.change_sets</c>). Only the columns the retention sweep
/// needs are mapped: the entities themselves (a composite array for components, jsonb documents otherwise) are read
/// by <see cref="ChangeFeedReader"/> in SQL, which EF cannot express.
/// </summary>
internal sealed class ChangeSetEntity
{
    public long BatchId { get; set; }
    public int FirstOrdinal { get; set; }
    public int Count { get; set; }
    public required string Kind { get; set; }
    public required string Operation { get; set; }
}
