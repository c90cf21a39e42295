namespace SysMgmt.Smd.Components;

/// <summary>
/// The <c>group</c> or <c>partition</c> parameter: membership in any of <see cref="Names"/> and in none of
/// <see cref="Excluded"/> (values with <c>!</c>), or, for the value <c>NULL</c>, membership in none at all.
/// </summary>
internal sealed record MembershipCondition(IReadOnlyList<string> Names, IReadOnlyList<string> Excluded, bool InNone)
{
    public static readonly MembershipCondition None = new([], [], false);

    public bool IsEmpty => Names.Count == 0 && Excluded.Count == 0 && !InNone;
}
