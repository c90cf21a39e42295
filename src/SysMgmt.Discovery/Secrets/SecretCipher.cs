using System.Security.Cryptography;
using System.Text;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// magellan's encryption of one secret: a per-secret key from HKDF-SHA256 (input key = the master key, salt = the
/// secret ID in UTF-8, no info, 32 bytes), then AES-256-GCM with a random 12-byte nonce. The stored value is
/// lower-case hex of nonce ‖ ciphertext ‖ 16-byte tag. Binding the key to the ID means an entry copied under
/// another ID does not decrypt.
/// </summary>
internal static class SecretCipher
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public static string Encrypt(MasterKey masterKey, string secretId, ReadOnlySpan<byte> plaintext) =>
        Encrypt(masterKey, secretId, plaintext, RandomNumberGenerator.GetBytes(NonceSize));

    /// <summary>Encryption with a given nonce: for known-answer tests only, a nonce must never repeat under one key.</summary>
    internal static string Encrypt(MasterKey masterKey, string secretId, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> nonce)
    {
        var sealedValue = new byte[NonceSize + plaintext.Length + TagSize];
        nonce.CopyTo(sealedValue);
        using (var aes = CreateAes(masterKey, secretId))
        {
            aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(NonceSize, plaintext.Length), sealedValue.AsSpan(NonceSize + plaintext.Length));
        }

        return Convert.ToHexStringLower(sealedValue);
    }

    /// <exception cref="SecretStoreException">The value is not hex, too short, or does not decrypt with this key and ID.</exception>
    public static byte[] Decrypt(MasterKey masterKey, string secretId, string storedHex)
    {
        byte[] sealedValue;
        try
        {
            // magellan writes lower case; Go's decoder takes either, so this one does too.
            sealedValue = Convert.FromHexString(storedHex);
        }
        catch (FormatException exception)
        {
            throw new SecretStoreException($"secret '{secretId}' is corrupted: its value is not hexadecimal", exception);
        }

        if (sealedValue.Length < NonceSize + TagSize)
        {
            throw new SecretStoreException($"secret '{secretId}' is corrupted: its value is too short to hold a nonce and a tag");
        }

        var ciphertextLength = sealedValue.Length - NonceSize - TagSize;
        var plaintext = new byte[ciphertextLength];
        try
        {
            using var aes = CreateAes(masterKey, secretId);
            aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize, ciphertextLength), sealedValue.AsSpan(NonceSize + ciphertextLength), plaintext);
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new SecretStoreException($"cannot decrypt secret '{secretId}': wrong {MasterKey.EnvironmentVariable} or corrupted entry", exception);
        }

        return plaintext;
    }

    /// <summary>AES-GCM under the secret's own key; the derived key does not outlive the call (AesGcm keeps its own copy).</summary>
    private static AesGcm CreateAes(MasterKey masterKey, string secretId)
    {
        Span<byte> key = stackalloc byte[MasterKey.Size];
        try
        {
            HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey.Bytes, key, Encoding.UTF8.GetBytes(secretId), []);
            return new AesGcm(key, TagSize);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
