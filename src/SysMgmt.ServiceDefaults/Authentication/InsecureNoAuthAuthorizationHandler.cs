using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// With <see cref="AuthOptions.InsecureNoAuth"/> every requirement of every policy (fallback, named, default) is met,
/// so the whole authorization layer lets requests through without a token.
/// </summary>
internal sealed class InsecureNoAuthAuthorizationHandler(IOptions<AuthOptions> options) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (options.Value.InsecureNoAuth)
        {
            foreach (var requirement in context.PendingRequirements.ToList())
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
