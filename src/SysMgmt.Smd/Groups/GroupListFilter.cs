namespace SysMgmt.Smd.Groups;

/// <summary>
/// Which groups or partitions a list answers: any of <see cref="Names"/> (all when empty) that carry any of
/// <see cref="Tags"/> (any when empty), with their members narrowed by <see cref="Partition"/>.
/// </summary>
internal sealed record GroupListFilter(IReadOnlyList<string> Names, IReadOnlyList<string> Tags, MemberPartition Partition);
