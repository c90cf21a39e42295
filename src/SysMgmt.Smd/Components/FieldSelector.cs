namespace SysMgmt.Smd.Components;

/// <summary>The <c>stateonly</c>/<c>flagonly</c>/<c>roleonly</c>/<c>nidonly</c> output trims, in precedence order.</summary>
internal enum FieldSelector
{
    All,
    StateOnly,
    FlagOnly,
    RoleOnly,
    NidOnly,
}
