using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>Grants <see cref="ScopeRequirement"/> when the token carries the needed scope; write also grants read.</summary>
internal sealed class ScopeAuthorizationHandler(IOptions<AuthOptions> options) : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            // Anonymous requests are challenged (401) by the policy's authenticated-user requirement, not refused here.
            return Task.CompletedTask;
        }

        var settings = options.Value;
        var access = requirement.AccessFor((context.Resource as HttpContext)?.Request);
        var granted = TokenScopes.Of(context.User);
        if (granted.Contains(settings.WriteScope) || (access == ScopeAccess.Read && granted.Contains(settings.ReadScope)))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new MissingScopeReason(this, access == ScopeAccess.Read ? settings.ReadScope : settings.WriteScope));
        }

        return Task.CompletedTask;
    }
}
