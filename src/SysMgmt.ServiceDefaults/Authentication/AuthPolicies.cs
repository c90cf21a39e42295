namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Policy names for endpoints that state their scope explicitly, e.g. <c>.RequireAuthorization(AuthPolicies.Write)</c>.
/// Endpoints without any auth metadata already get the fallback: read scope for GET/HEAD/OPTIONS, write otherwise.
/// </summary>
public static class AuthPolicies
{
    /// <summary>The read scope, or the write scope (which includes reading).</summary>
    public const string Read = "SysMgmt.Read";

    /// <summary>The write scope.</summary>
    public const string Write = "SysMgmt.Write";
}
