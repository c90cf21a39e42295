namespace SysMgmt.Smd.Components;

/// <summary>The PATCH routes: <c>/{xname}/&lt;Kind&gt;</c> and <c>/Bulk&lt;Kind&gt;</c>.</summary>
internal enum ComponentChangeKind
{
    StateData,
    FlagOnly,
    Enabled,
    SoftwareStatus,
    Role,
    NID,
}
