using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// What SysMgmt adds to JwtBearer: the <c>sub</c> rule, RFC 7807 bodies for 401 and 403 with one of our own fixed
/// reasons (never the library's message, which may quote the token), a log line per rejection, and no token
/// checking at all under <see cref="AuthOptions.InsecureNoAuth"/>.
/// </summary>
internal sealed partial class BearerTokenEvents(IOptions<AuthOptions> authOptions, ILogger<BearerTokenEvents> logger) : JwtBearerEvents
{
    public const string SubjectClaim = "sub";

    // Set when this request's token was rejected; the challenge reports it to the client.
    private static readonly object s_rejectionKey = new();

    public override Task MessageReceived(MessageReceivedContext context)
    {
        if (authOptions.Value.InsecureNoAuth)
        {
            context.NoResult();
        }

        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        // OpenCHAMI requires sub, iss and aud; JwtBearer checks the other two.
        if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(SubjectClaim)?.Value))
        {
            const string Reason = "the token has no subject (sub)";
            Reject(context.HttpContext, Reason, failureType: "none");
            context.Fail(Reason);
        }

        return Task.CompletedTask;
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        Reject(context.HttpContext, Describe(context.Exception), context.Exception.GetType().Name);
        return Task.CompletedTask;
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        if (http.Items[s_rejectionKey] is not string reason)
        {
            // RFC 6750 §3.1: no error attributes when the client sent no credentials.
            LogTokenMissing(logger, http.Request.Method, http.Request.Path);
            http.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
            await AuthProblemWriter.WriteAsync(http, StatusCodes.Status401Unauthorized, "a bearer token is required");
            return;
        }

        http.Response.Headers.WWWAuthenticate =
            $"{JwtBearerDefaults.AuthenticationScheme} error=\"invalid_token\", error_description=\"{reason}\"";
        await AuthProblemWriter.WriteAsync(http, StatusCodes.Status401Unauthorized, reason);
    }

    public override Task Forbidden(ForbiddenContext context) =>
        // Scope failures are answered by ScopeProblemResultHandler with the missing scope; this covers other policies.
        AuthProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "the token does not grant access to this resource");

    private void Reject(HttpContext context, string reason, string failureType)
    {
        context.Items[s_rejectionKey] = reason;
        LogTokenRejected(logger, context.Request.Method, context.Request.Path, reason, failureType);
    }

    // Most specific exception types first: expired derives from invalid lifetime, key-not-found from invalid signature.
    private static string Describe(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry (exp)",
        SecurityTokenInvalidLifetimeException => "the token lifetime is invalid",
        SecurityTokenInvalidIssuerException => "the token issuer is not trusted",
        SecurityTokenInvalidAudienceException => "the token audience is not this service",
        SecurityTokenInvalidAlgorithmException => "the token signing algorithm is not accepted",
        // A signature from an unknown key is key-not-found whether or not the token names a kid; for the client both
        // mean the same.
        SecurityTokenInvalidSignatureException => "the token is not signed by a trusted key",
        SecurityTokenMalformedException or ArgumentException => "the token is not a well-formed JWT",
        _ => "the token is invalid",
    };
}
