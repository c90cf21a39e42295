using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>The one public key from <see cref="AuthOptions.PublicKeyPem"/> or <see cref="AuthOptions.PublicKeyFile"/>.</summary>
internal sealed class StaticSigningKeySource(IOptions<AuthOptions> options) : ISigningKeySource
{
    // Loaded on first use: with InsecureNoAuth there is no key, and nothing asks for one.
    private readonly Lazy<IReadOnlyCollection<SecurityKey>> _keys = new(() => [Load(options.Value)]);

    public ValueTask<IReadOnlyCollection<SecurityKey>> GetSigningKeysAsync(string? keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_keys.Value);

    private static SecurityKey Load(AuthOptions options) =>
        PublicKeyPem.Load(string.IsNullOrWhiteSpace(options.PublicKeyPem) ? File.ReadAllText(options.PublicKeyFile!) : options.PublicKeyPem);
}
