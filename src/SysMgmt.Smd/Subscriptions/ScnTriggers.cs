namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// What a subscription is notified of, validated and in canonical spelling: components becoming one of
/// <see cref="States"/>, taking one of <see cref="Roles"/> or <see cref="SubRoles"/>, one of
/// <see cref="SoftwareStatus"/>, and (when <see cref="Enabled"/> is true) being enabled or disabled.
/// </summary>
internal sealed record ScnTriggers(bool? Enabled, IReadOnlyList<string> Roles, IReadOnlyList<string> SubRoles, IReadOnlyList<string> SoftwareStatus, IReadOnlyList<string> States)
{
    public bool IsEmpty => Enabled != true && Roles.Count == 0 && SubRoles.Count == 0 && SoftwareStatus.Count == 0 && States.Count == 0;
}
