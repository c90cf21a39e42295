using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.Testing.Authentication;

/// <summary>
/// A throwaway token issuer for tests: an in-memory RSA 2048 key, RS256 tokens, and the configuration a service
/// host needs to trust them. Typical use in a <c>WebApplicationFactory</c>:
/// <c>builder.ConfigureAppConfiguration(c =&gt; c.AddInMemoryCollection(issuer.ToConfiguration()))</c>, then
/// <c>client.DefaultRequestHeaders.Authorization = new("Bearer", issuer.CreateToken("read"))</c>.
/// </summary>
public sealed class TestTokenIssuer : IDisposable
{
    public const string DefaultIssuer = "https://auth.sysmgmt.test";
    public const string DefaultAudience = "sysmgmt";

    private static readonly JsonWebTokenHandler s_handler = new();

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _signingKey;
    private readonly TimeProvider _time;

    public TestTokenIssuer(string issuer = DefaultIssuer, string audience = DefaultAudience, TimeProvider? time = null)
    {
        Issuer = issuer;
        Audience = audience;
        _time = time ?? TimeProvider.System;
        _signingKey = new RsaSecurityKey(_rsa);
        // The RFC 7638 thumbprint: stable for the key, and different for every issuer instance (handy for rotation tests).
        _signingKey.KeyId = Base64UrlEncoder.Encode(_signingKey.ComputeJwkThumbprint());
    }

    public string Issuer { get; }

    public string Audience { get; }

    /// <summary>The <c>kid</c> in every token's header and in <see cref="JwksJson"/>.</summary>
    public string KeyId => _signingKey.KeyId;

    /// <summary>The public key as <c>-----BEGIN PUBLIC KEY-----</c> (SubjectPublicKeyInfo) PEM.</summary>
    public string PublicKeyPem => _rsa.ExportSubjectPublicKeyInfoPem();

    /// <summary>A JSON Web Key Set holding this issuer's public key, as an identity provider would serve it.</summary>
    public string JwksJson
    {
        get
        {
            var parameters = _rsa.ExportParameters(includePrivateParameters: false);
            var key = new Dictionary<string, string>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = SecurityAlgorithms.RsaSha256,
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            return JsonSerializer.Serialize(new { keys = new[] { key } });
        }
    }

    /// <summary><c>Auth:Issuer</c>, <c>Auth:Audience</c> and <c>Auth:PublicKeyPem</c> for a host that should trust this issuer.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration() =>
    [
        new("Auth:Issuer", Issuer),
        new("Auth:Audience", Audience),
        new("Auth:PublicKeyPem", PublicKeyPem),
    ];

    /// <summary>Like <see cref="ToConfiguration"/>, but the host fetches the key from <paramref name="jwksUrl"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToJwksConfiguration(string jwksUrl) =>
    [
        new("Auth:Issuer", Issuer),
        new("Auth:Audience", Audience),
        new("Auth:JwksUrl", jwksUrl),
    ];

    /// <summary>
    /// An RS256 token. The lifetime (default 5 minutes) counts from <paramref name="notBefore"/> (default now), so an
    /// expired token is <c>CreateToken(notBefore: now.AddHours(-2), lifetime: TimeSpan.FromHours(1))</c>. An empty
    /// <paramref name="subject"/> or <paramref name="scope"/> leaves that claim out.
    /// </summary>
    public string CreateToken(
        string scope = "read write",
        string subject = "test",
        TimeSpan? lifetime = null,
        string? issuer = null,
        string? audience = null,
        DateTime? notBefore = null)
    {
        var claims = new Dictionary<string, object>();
        if (subject.Length > 0)
        {
            claims["sub"] = subject;
        }

        if (scope.Length > 0)
        {
            claims["scope"] = scope;
        }

        return CreateToken(claims, lifetime, issuer, audience, notBefore);
    }

    /// <summary>
    /// A token with exactly <paramref name="claims"/> besides iss, aud, iat, nbf, exp and jti (e.g. an <c>scp</c> array).
    /// An <c>aud</c> in <paramref name="claims"/> (say, an array) replaces the issuer's audience.
    /// </summary>
    public string CreateToken(
        IReadOnlyDictionary<string, object> claims,
        TimeSpan? lifetime = null,
        string? issuer = null,
        string? audience = null,
        DateTime? notBefore = null)
    {
        var start = notBefore ?? _time.GetUtcNow().UtcDateTime;
        var allClaims = new Dictionary<string, object>(claims) { ["jti"] = Guid.NewGuid().ToString("N") };
        return s_handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = claims.ContainsKey("aud") ? null : audience ?? Audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = start + (lifetime ?? TimeSpan.FromMinutes(5)),
            Claims = allClaims,
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}
