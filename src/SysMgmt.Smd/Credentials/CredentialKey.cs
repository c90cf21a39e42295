using System.Security.Cryptography;

namespace SysMgmt.Smd.Credentials;

/// <summary>An AES-256 key and its short identifier (the first bytes of its SHA-256), stored with each ciphertext.</summary>
internal sealed class CredentialKey
{
    public const int IdLength = 4;

    private CredentialKey(byte[] material)
    {
        Material = material;
        Id = SHA256.HashData(material)[..IdLength];
    }

    public byte[] Material { get; }

    public byte[] Id { get; }

    public static bool TryParse(string? base64, out CredentialKey key)
    {
        key = null!;
        var buffer = new byte[32];
        if (base64 is null || !Convert.TryFromBase64String(base64.Trim(), buffer, out var length) || length != 32)
        {
            return false;
        }

        key = new CredentialKey(buffer);
        return true;
    }

    public static CredentialKey Parse(string base64, string source) =>
        TryParse(base64, out var key) ? key : throw new InvalidOperationException($"{source} is not 32 bytes of base64");
}
