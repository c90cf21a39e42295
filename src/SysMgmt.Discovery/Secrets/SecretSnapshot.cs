using System.Security.Cryptography;
using System.Text;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Secrets;

/// <summary>The entries of a secrets file at one moment, decrypted on demand.</summary>
public sealed class SecretSnapshot
{
    private static readonly byte[] s_fingerprintPurpose = "sysmgmt password fingerprint"u8.ToArray();
    private readonly IReadOnlyDictionary<string, string> _entries;
    private readonly MasterKey _masterKey;

    internal SecretSnapshot(IReadOnlyDictionary<string, string> entries, MasterKey masterKey)
    {
        _entries = entries;
        _masterKey = masterKey;
    }

    /// <summary>The secret IDs, in order.</summary>
    public IReadOnlyList<string> Ids => [.. _entries.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string id) => _entries.ContainsKey(id);

    /// <summary>The credentials stored under <paramref name="id"/>, or null when there is no such entry.</summary>
    /// <exception cref="SecretStoreException">The entry does not decrypt with this key, or does not hold credentials.</exception>
    public RedfishCredentials? Get(string id)
    {
        if (!_entries.TryGetValue(id, out var encrypted))
        {
            return null;
        }

        var plaintext = SecretCipher.Decrypt(_masterKey, id, encrypted);
        try
        {
            return StoredCredentials.TryParse(plaintext, ignoreCase: true)
                ?? throw new SecretStoreException($"secret '{id}' decrypts but does not hold credentials ({{\"username\":…,\"password\":…}})");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// A short tag of a password (16 hex digits of an HMAC keyed from the master key): equal passwords give equal
    /// tags under one key, so a sysadmin can compare entries without seeing them, and without the key the tag
    /// tells nothing about the password.
    /// </summary>
    public string Fingerprint(string password)
    {
        Span<byte> key = stackalloc byte[MasterKey.Size];
        try
        {
            HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey.Bytes, key, [], s_fingerprintPurpose);
            return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(password)).AsSpan(0, 8));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
