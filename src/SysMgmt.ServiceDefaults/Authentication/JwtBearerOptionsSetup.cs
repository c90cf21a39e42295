using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Turns <see cref="AuthOptions"/> into JwtBearer settings: issuer, audience, lifetimes with <see cref="AuthOptions.ClockSkew"/>,
/// asymmetric algorithms only, and the keys from the one configured source (OIDC discovery, JWKS or a PEM key).
/// </summary>
internal sealed class JwtBearerOptionsSetup(
    IOptions<AuthOptions> authOptions,
    IHttpClientFactory httpClientFactory,
    ILoggerFactory loggerFactory) : IConfigureNamedOptions<JwtBearerOptions>
{
    public const string HttpClientName = "SysMgmt.Auth.Keys";

    // Asymmetric only: accepting HS* would let anyone who has the public key forge tokens.
    private static readonly string[] s_acceptedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSsaPssSha256,
    ];

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        var settings = authOptions.Value;
        options.EventsType = typeof(BearerTokenEvents);
        // Claim types stay as in the token ("sub", "scope", "scp").
        options.MapInboundClaims = false;
        // The token handler itself refreshes the keys when a token names an unknown one (at most once per
        // JwksMinimumRefreshInterval). The handler's extra refresh request would also fire while the issuer is down
        // at startup, defeating the manager's back-off, so every request would fetch again.
        options.RefreshOnIssuerKeyNotFound = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = string.IsNullOrWhiteSpace(settings.Issuer) ? null : settings.Issuer,
            ValidAudience = settings.Audience,
            ValidAlgorithms = s_acceptedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = BearerTokenEvents.SubjectClaim,
            AuthenticationType = JwtBearerDefaults.AuthenticationScheme,
        };

        if (settings.InsecureNoAuth)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            var discovery = settings.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
            options.ConfigurationManager = CreateManager(discovery, new OpenIdConnectConfigurationRetriever(), settings);
        }
        else if (!string.IsNullOrWhiteSpace(settings.JwksUrl))
        {
            options.ConfigurationManager = CreateManager(settings.JwksUrl, new JwksRetriever(loggerFactory.CreateLogger<JwksRetriever>()), settings);
        }
        else
        {
            options.TokenValidationParameters.IssuerSigningKey = PublicKeyPem.Load(
                string.IsNullOrWhiteSpace(settings.PublicKeyPem) ? File.ReadAllText(settings.PublicKeyFile!) : settings.PublicKeyPem);
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager(
        string address, IConfigurationRetriever<OpenIdConnectConfiguration> retriever, AuthOptions settings) =>
        new(address, retriever, new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
        {
            // The options validator accepts http as the hand-configured URLs always did (a lab IdP on loopback).
            RequireHttps = false,
        })
        {
            AutomaticRefreshInterval = settings.JwksRefreshInterval,
            RefreshInterval = settings.JwksMinimumRefreshInterval,
        };
}
