namespace SysMgmt.Smd.Groups;

/// <summary>
/// The <c>partition</c> parameter of the group reads: only the members in partition <see cref="Name"/>, or, for
/// <c>NULL</c>, only those in no partition at all.
/// </summary>
internal sealed record MemberPartition(string? Name, bool InNone)
{
    public static readonly MemberPartition Any = new(null, false);
}
