using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SysMgmt.Smd.Credentials;

/// <summary>
/// Encrypts BMC passwords with AES-256-GCM. The ciphertext is bound to its owner (the endpoint xname, as
/// associated data), so a value copied to another row does not decrypt. Layout:
/// <c>version (1) | key id (4) | nonce (12) | tag (16) | ciphertext</c>.
/// </summary>
public sealed class CredentialProtector
{
    private const byte FormatVersion = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 1 + CredentialKey.IdLength + NonceLength + TagLength;

    private readonly CredentialKey _current;
    private readonly IReadOnlyList<CredentialKey> _readable;

    public CredentialProtector(IOptions<CredentialOptions> options)
    {
        var settings = options.Value;
        _current = settings.KeyFile is { Length: > 0 } file
            ? CredentialKey.Parse(File.ReadAllText(file), $"{CredentialOptions.SectionName}:KeyFile {file}")
            : CredentialKey.Parse(settings.Key ?? "", $"{CredentialOptions.SectionName}:Key");
        _readable = [_current, .. settings.PreviousKeys.Select((k, i) => CredentialKey.Parse(k, $"{CredentialOptions.SectionName}:PreviousKeys:{i}"))];
    }

    public byte[] Protect(string secret, string owner)
    {
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var blob = new byte[HeaderLength + plaintext.Length];
        blob[0] = FormatVersion;
        _current.Id.CopyTo(blob, 1);
        var nonce = blob.AsSpan(1 + CredentialKey.IdLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_current.Material, TagLength);
        aes.Encrypt(nonce, plaintext, blob.AsSpan(HeaderLength), blob.AsSpan(1 + CredentialKey.IdLength + NonceLength, TagLength), Encoding.UTF8.GetBytes(owner));
        return blob;
    }

    /// <summary>The secret, for the few internal callers that talk to BMCs. No API route ever returns it.</summary>
    public string Unprotect(byte[] blob, string owner)
    {
        if (blob.Length < HeaderLength || blob[0] != FormatVersion)
        {
            throw new CryptographicException("not a SysMgmt credential ciphertext");
        }

        var keyId = blob[1..(1 + CredentialKey.IdLength)];
        var key = _readable.FirstOrDefault(k => k.Id.AsSpan().SequenceEqual(keyId))
            ?? throw new CryptographicException("the credential was encrypted with a key that is not configured (Smd:Credentials:PreviousKeys)");
        var plaintext = new byte[blob.Length - HeaderLength];
        using var aes = new AesGcm(key.Material, TagLength);
        aes.Decrypt(blob.AsSpan(1 + CredentialKey.IdLength, NonceLength), blob.AsSpan(HeaderLength),
            blob.AsSpan(1 + CredentialKey.IdLength + NonceLength, TagLength), plaintext, Encoding.UTF8.GetBytes(owner));
        return Encoding.UTF8.GetString(plaintext);
    }
}
