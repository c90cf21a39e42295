namespace SysMgmt.Smd.Subscriptions;

/// <summary>What one notification says about its components (all but the component list); equal reports in a row are sent as one.</summary>
internal sealed record ScnReport(bool? Enabled = null, string? Flag = null, string? Role = null, string? SubRole = null, string? SoftwareStatus = null, string? State = null)
{
    public ScnNotification For(IReadOnlyList<string> components) => new()
    {
        Components = components,
        Enabled = Enabled,
        Flag = Flag,
        Role = Role,
        SubRole = SubRole,
        SoftwareStatus = SoftwareStatus,
        State = State,
    };
}
