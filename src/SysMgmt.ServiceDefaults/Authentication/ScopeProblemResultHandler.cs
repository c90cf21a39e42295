using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Answers a valid token without the needed scope with 403, <c>WWW-Authenticate: Bearer error="insufficient_scope"</c>
/// (RFC 6750 §3.1) and a problem body naming the scope. The authentication handler cannot do this itself because
/// only the authorization result knows which requirement failed. Everything else goes to the default handler.
/// </summary>
internal sealed partial class ScopeProblemResultHandler(ILogger<ScopeProblemResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var missing = authorizeResult.Forbidden
            ? authorizeResult.AuthorizationFailure?.FailureReasons.OfType<MissingScopeReason>().FirstOrDefault()
            : null;
        if (missing is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        LogScopeMissing(logger, context.Request.Method, context.Request.Path, context.User.Identity?.Name ?? "(unknown)", missing.Scope);
        context.Response.Headers.WWWAuthenticate =
            $"{JwtBearerDefaults.AuthenticationScheme} error=\"insufficient_scope\", error_description=\"{missing.Message}\", scope=\"{missing.Scope}\"";
        await AuthProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, missing.Message);
    }
}
