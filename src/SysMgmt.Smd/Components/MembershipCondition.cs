namespace SysMgmt.Smd.Components;

/// <summary>
/// The <c>group</c> or <c>partition</c> parameter: membership in any of <see cref="Names"/>, or, for the value
/// <c>NULL</c>, membership in none at all.
/// </summary>
internal sealed record MembershipCondition(IReadOnlyList<string> Names, bool InNone)
{
    public static readonly MembershipCondition None = new([], false);

    public bool IsEmpty => Names.Count == 0 && !InNone;
}
