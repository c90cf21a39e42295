namespace SysMgmt.Smd.Groups;

/// <summary>What replacing a group's member list did: the components that joined and those that left.</summary>
internal sealed record MemberListChange(IReadOnlyList<string> Added, IReadOnlyList<string> Removed);
