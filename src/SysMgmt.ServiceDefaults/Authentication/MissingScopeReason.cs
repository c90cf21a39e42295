using Microsoft.AspNetCore.Authorization;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>Why authorization failed, carried to the 403 response: the scope the token would have needed.</summary>
internal sealed class MissingScopeReason(IAuthorizationHandler handler, string scope)
    : AuthorizationFailureReason(handler, $"the token lacks the '{scope}' scope")
{
    public string Scope => scope;
}
