using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Checks a compact JWS: signature against the issuer's keys, <c>iss</c>, <c>aud</c>, <c>exp</c>/<c>nbf</c> with
/// <see cref="AuthOptions.ClockSkew"/>, and a <c>sub</c> (OpenCHAMI requires sub, iss and aud). Lifetimes are checked
/// against the system clock: the library does not take a <see cref="TimeProvider"/> in this version.
/// </summary>
internal sealed class BearerTokenValidator(ISigningKeySource keySource, IOptions<AuthOptions> options)
{
    public const string SubjectClaim = "sub";

    // Asymmetric only: accepting HS* would let anyone who has the public key forge tokens.
    private static readonly string[] s_acceptedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSsaPssSha256,
    ];

    // Thread-safe and stateless between calls; claim types are kept as in the token ("sub", "scope", "scp").
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<BearerTokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (!_handler.CanReadToken(token))
        {
            return BearerTokenValidationResult.Failure("the token is not a well-formed JWT");
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException exception)
        {
            // Untrusted input: bad base64 or JSON in a token that looked like a JWT is the client's error, not ours.
            return BearerTokenValidationResult.Failure("the token is not a well-formed JWT", exception);
        }

        var keys = await keySource.GetSigningKeysAsync(jwt.Kid, cancellationToken);
        var result = await _handler.ValidateTokenAsync(jwt, CreateParameters(keys));
        if (!result.IsValid)
        {
            return BearerTokenValidationResult.Failure(Describe(result.Exception), result.Exception);
        }

        return string.IsNullOrWhiteSpace(result.ClaimsIdentity.FindFirst(SubjectClaim)?.Value)
            ? BearerTokenValidationResult.Failure("the token has no subject (sub)")
            : BearerTokenValidationResult.Success(result.ClaimsIdentity);
    }

    private TokenValidationParameters CreateParameters(IReadOnlyCollection<SecurityKey> keys)
    {
        var settings = options.Value;
        return new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKeys = keys,
            ValidAlgorithms = s_acceptedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = SubjectClaim,
            AuthenticationType = BearerTokenDefaults.AuthenticationScheme,
        };
    }

    // Most specific exception types first: expired derives from invalid lifetime.
    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry (exp)",
        SecurityTokenInvalidLifetimeException => "the token lifetime is invalid",
        SecurityTokenInvalidIssuerException => "the token issuer is not trusted",
        SecurityTokenInvalidAudienceException => "the token audience is not this service",
        SecurityTokenInvalidAlgorithmException => "the token signing algorithm is not accepted",
        // The library reports a signature from an unknown key as key-not-found whether or not the token names a kid;
        // for the client both mean the same.
        SecurityTokenInvalidSignatureException => "the token is not signed by a trusted key",
        SecurityTokenMalformedException => "the token is not a well-formed JWT",
        _ => "the token is invalid",
    };
}
