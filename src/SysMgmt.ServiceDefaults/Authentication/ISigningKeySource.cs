using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>Where the issuer's public keys come from: a configured PEM, or a JWKS URL that is fetched and cached.</summary>
internal interface ISigningKeySource
{
    /// <summary>
    /// The keys to check a signature with. <paramref name="keyId"/> is the token's <c>kid</c>, if any; a source that
    /// can refresh uses it to notice a rotated key.
    /// </summary>
    ValueTask<IReadOnlyCollection<SecurityKey>> GetSigningKeysAsync(string? keyId, CancellationToken cancellationToken);
}
