namespace SysMgmt.Smd.Groups;

/// <summary>
/// A group or partition row as the writes need it. <see cref="ExclusivityKey"/> is what its members store in
/// <c>component_group_members.exclusivity_key</c>, unique per component: <c>partition</c> for every partition (one
/// partition per component), <c>exclusive:&lt;name&gt;</c> for the groups of an exclusive group (one of them per
/// component), and the group's own id otherwise.
/// </summary>
internal sealed record StoredGroup(Guid Id, GroupKind Kind, string Name, string? ExclusiveGroup)
{
    public string ExclusivityKey =>
        Kind == GroupKind.Partition ? "partition" : ExclusiveGroup is null ? Id.ToString() : "exclusive:" + ExclusiveGroup;
}
