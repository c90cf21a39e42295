using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;JWT&gt;</c> (RFC 6750) with <see cref="BearerTokenValidator"/>, and answers
/// challenges with 401 + <c>WWW-Authenticate</c> + a problem body.
/// </summary>
internal sealed partial class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<AuthOptions> authOptions,
    BearerTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    // Handlers live for one request, so this is this request's rejection; the challenge reports it to the client.
    private string? _rejectionReason;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (authOptions.Value.InsecureNoAuth || ReadBearerToken(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        var result = await validator.ValidateAsync(token, Context.RequestAborted);
        if (!result.Succeeded)
        {
            _rejectionReason = result.FailureReason;
            LogTokenRejected(Logger, Request.Method, Request.Path, result.FailureReason, result.FailureType ?? "none");
            return AuthenticateResult.Fail(result.FailureReason);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.Identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A challenge can come without an earlier authenticate call; this runs validation once and caches it.
        await HandleAuthenticateOnceSafeAsync();

        if (_rejectionReason is null)
        {
            // RFC 6750 §3.1: no error attributes when the client sent no credentials.
            LogTokenMissing(Logger, Request.Method, Request.Path);
            Response.Headers.WWWAuthenticate = BearerTokenDefaults.AuthenticationScheme;
            await AuthProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, "a bearer token is required");
            return;
        }

        Response.Headers.WWWAuthenticate =
            $"{BearerTokenDefaults.AuthenticationScheme} error=\"invalid_token\", error_description=\"{_rejectionReason}\"";
        await AuthProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, _rejectionReason);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        // Scope failures are answered by ScopeProblemResultHandler with the missing scope; this covers other policies.
        AuthProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden, "the token does not grant access to this resource");

    private static string? ReadBearerToken(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[BearerPrefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }
}
