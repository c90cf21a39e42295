namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// How a service checks bearer tokens (section <c>Auth</c>, env <c>Auth__Issuer</c> etc.). The signing keys come from
/// exactly one of <see cref="Authority"/>, <see cref="JwksUrl"/>, <see cref="PublicKeyPem"/> and <see cref="PublicKeyFile"/>.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// The <c>iss</c> every token must carry. Optional with <see cref="Authority"/>: the discovery document names it.
    /// </summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The <c>aud</c> every token must carry (alone or in an array).</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>
    /// Absolute http(s) URL of an OpenID Connect provider (Keycloak, Dex, Entra ID, …). Its discovery document
    /// (<c>{Authority}/.well-known/openid-configuration</c>) names the issuer and the key set, which are fetched and cached.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>Absolute http(s) URL of the issuer's JSON Web Key Set.</summary>
    public string? JwksUrl { get; set; }

    /// <summary>PEM text of the issuer's RSA or EC public key.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>Path to a PEM file holding the issuer's RSA or EC public key.</summary>
    public string? PublicKeyFile { get; set; }

    /// <summary>Turns authentication and authorization off: anyone who can reach the service can read and write.</summary>
    public bool InsecureNoAuth { get; set; }

    public string ReadScope { get; set; } = "read";

    /// <summary>The scope for changes; it also grants reading.</summary>
    public string WriteScope { get; set; } = "write";

    /// <summary>Tolerated clock difference between issuer and service when checking <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long fetched keys (JWKS or discovery document) are used before they are fetched again; at least five
    /// minutes, the shortest period IdentityModel's configuration manager accepts.
    /// </summary>
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The least time between two key fetches that tokens ask for. A token with an unknown <c>kid</c> (a rotated key)
    /// triggers a fetch only after this long since the last one (the first such token after start excepted), so a
    /// flood of forged <c>kid</c>s, or an issuer that is down, cannot turn every request into an outbound call.
    /// At least one second.
    /// </summary>
    public TimeSpan JwksMinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
