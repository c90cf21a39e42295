using System.Security.Cryptography;
using System.Text;

namespace SysMgmt.Testing.Secrets;

/// <summary>
/// magellan's secrets format, written out here from its description (not from the product's code), so tests can
/// make files as magellan does and read what the product writes: HKDF-SHA256 (RFC 5869, built on HMAC-SHA256
/// here; input key = master key, salt = secret ID, no info) gives each secret's key; AES-256-GCM with a 12-byte
/// nonce; the value is hex(nonce ‖ ciphertext ‖ tag). The file is what Go's json.Encoder with a two-space indent
/// writes for a map: sorted keys and a final newline.
/// </summary>
public static class MagellanSecrets
{
    public static string Encrypt(string masterKeyHex, string secretId, string plaintext, byte[]? nonce = null)
    {
        nonce ??= RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var ciphertext = new byte[data.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(DeriveKey(masterKeyHex, secretId), 16);
        aes.Encrypt(nonce, data, ciphertext, tag);
        return Convert.ToHexString([.. nonce, .. ciphertext, .. tag]).ToLowerInvariant();
    }

    public static string Decrypt(string masterKeyHex, string secretId, string valueHex)
    {
        var value = Convert.FromHexString(valueHex);
        var ciphertext = value[12..^16];
        var plaintext = new byte[ciphertext.Length];
        using var aes = new AesGcm(DeriveKey(masterKeyHex, secretId), 16);
        aes.Decrypt(value[..12], ciphertext, value[^16..], plaintext);
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>The file magellan's <c>SaveSecrets</c> writes for <paramref name="entries"/>.</summary>
    public static string FileText(IReadOnlyDictionary<string, string> entries) =>
        entries.Count == 0
            ? "{}\n"
            : "{\n" + string.Join(",\n", entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"  \"{e.Key}\": \"{e.Value}\"")) + "\n}\n";

    /// <summary>What magellan's <c>store -F basic</c> builds from <c>user:pass</c> (note the spaces).</summary>
    public static string BasicPlaintext(string username, string password) => $"{{\"username\": \"{username}\", \"password\": \"{password}\"}}";

    private static byte[] DeriveKey(string masterKeyHex, string secretId)
    {
        // RFC 5869: PRK = HMAC(salt, IKM); OKM = T(1) = HMAC(PRK, info ‖ 0x01), 32 bytes of SHA-256 in one block.
        var prk = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretId), Convert.FromHexString(masterKeyHex));
        return HMACSHA256.HashData(prk, new byte[] { 0x01 });
    }
}
