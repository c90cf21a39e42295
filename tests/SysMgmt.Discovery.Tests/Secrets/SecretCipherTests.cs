using System.Text;
using SysMgmt.Discovery.Secrets;
using SysMgmt.Testing.Secrets;

namespace SysMgmt.Discovery.Tests.Secrets;

public sealed class SecretCipherTests
{
    private const string MasterKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private const string SecretId = "https://172.16.0.10:443";
    private const string Plaintext = """{"username":"root","password":"0penBmc"}""";

    // Computed outside .NET, with Python's cryptography (HKDF, AESGCM) and Node's crypto (hkdfSync, aes-256-gcm); both agree.
    private const string KnownValue = "a0a1a2a3a4a5a6a7a8a9aaabf5cf4f04bec82d1bf99cfd48b2dbf0a02c7f9fc7eea401281ca083158e92f59599d7a2cad257327979dd9c58db5bec23b66eefab92a4b971";

    [Fact]
    public void Encrypt_FixedNonce_GivesTheKnownValue()
    {
        var value = SecretCipher.Encrypt(MasterKey.Parse(MasterKeyHex), SecretId, Encoding.UTF8.GetBytes(Plaintext), Convert.FromHexString("a0a1a2a3a4a5a6a7a8a9aaab"));

        Assert.Equal(KnownValue, value);
    }

    [Fact]
    public void Decrypt_KnownValue_GivesThePlaintext()
    {
        var plaintext = SecretCipher.Decrypt(MasterKey.Parse(MasterKeyHex), SecretId, KnownValue);

        Assert.Equal(Plaintext, Encoding.UTF8.GetString(plaintext));
    }

    [Fact]
    public void Decrypt_UpperCaseHex_IsReadAsGoReadsIt()
    {
        var plaintext = SecretCipher.Decrypt(MasterKey.Parse(MasterKeyHex.ToUpperInvariant()), SecretId, KnownValue.ToUpperInvariant());

        Assert.Equal(Plaintext, Encoding.UTF8.GetString(plaintext));
    }

    [Fact]
    public void Encrypt_RandomNonce_DecryptsWithTheIndependentImplementation()
    {
        var value = SecretCipher.Encrypt(MasterKey.Parse(MasterKeyHex), SecretId, Encoding.UTF8.GetBytes(Plaintext));
        var again = SecretCipher.Encrypt(MasterKey.Parse(MasterKeyHex), SecretId, Encoding.UTF8.GetBytes(Plaintext));

        Assert.Equal(Plaintext, MagellanSecrets.Decrypt(MasterKeyHex, SecretId, value));
        Assert.NotEqual(value[..24], again[..24]);
        Assert.Equal((12 + Plaintext.Length + 16) * 2, value.Length);
        Assert.Equal(value, value.ToLowerInvariant());
    }

    [Fact]
    public void Decrypt_ValueCopiedUnderAnotherId_FailsBecauseTheKeyIsBoundToTheId()
    {
        var error = Assert.Throws<SecretStoreException>(() => SecretCipher.Decrypt(MasterKey.Parse(MasterKeyHex), "default", KnownValue));

        Assert.Equal("cannot decrypt secret 'default': wrong MASTER_KEY or corrupted entry", error.Message);
    }

    [Theory]
    [InlineData("zz", "not hexadecimal")]
    [InlineData("a0a1a2a3a4a5a6a7a8a9aaab00", "too short")]
    [InlineData("a0a1a2a3a4a5a6a7a8a9aaabf5cf4f04bec82d1bf99cfd48b2dbf0a02c7f9fc7eea401281ca083158e92f59599d7a2cad257327979dd9c58db5bec23b66eefab92a4b970", "wrong MASTER_KEY or corrupted entry")]
    public void Decrypt_CorruptValue_SaysWhatIsWrong(string value, string reason)
    {
        var error = Assert.Throws<SecretStoreException>(() => SecretCipher.Decrypt(MasterKey.Parse(MasterKeyHex), SecretId, value));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
