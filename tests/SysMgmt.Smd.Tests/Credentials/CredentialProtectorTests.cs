using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SysMgmt.Smd.Credentials;

namespace SysMgmt.Smd.Tests.Credentials;

public sealed class CredentialProtectorTests
{
    private static readonly string s_key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Protect_ThenUnprotect_RoundTrips()
    {
        var protector = Protector(s_key);

        var blob = protector.Protect("calvin", "x3000c0s1b0");

        Assert.Equal("calvin", protector.Unprotect(blob, "x3000c0s1b0"));
    }

    [Fact]
    public void Protect_Ciphertext_DoesNotContainThePlaintextAndDiffersEachTime()
    {
        var protector = Protector(s_key);

        var first = protector.Protect("my-bmc-password", "x1c0s0b0");
        var second = protector.Protect("my-bmc-password", "x1c0s0b0");

        Assert.DoesNotContain("my-bmc-password", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Unprotect_ForAnotherOwner_Fails()
    {
        var protector = Protector(s_key);
        var blob = protector.Protect("calvin", "x3000c0s1b0");

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(blob, "x3000c0s2b0"));
    }

    [Fact]
    public void Unprotect_TamperedCiphertext_Fails()
    {
        var protector = Protector(s_key);
        var blob = protector.Protect("calvin", "x3000c0s1b0");
        blob[^1] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(blob, "x3000c0s1b0"));
    }

    [Fact]
    public void Unprotect_AfterKeyRotation_ReadsOldCiphertextWithPreviousKey()
    {
        var newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var blob = Protector(s_key).Protect("calvin", "x1c0s0b0");

        var rotated = Protector(newKey, previous: s_key);

        Assert.Equal("calvin", rotated.Unprotect(blob, "x1c0s0b0"));
        var error = Assert.ThrowsAny<CryptographicException>(() => Protector(newKey).Unprotect(blob, "x1c0s0b0"));
        Assert.Contains("PreviousKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeyFile_IsRead()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, s_key + "\n");
        try
        {
            var fromFile = new CredentialProtector(Options.Create(new CredentialOptions { KeyFile = file }));

            Assert.Equal("secret", Protector(s_key).Unprotect(fromFile.Protect("secret", "x1c0s0b0"), "x1c0s0b0"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(null, null, "set exactly one of")]
    [InlineData("AAAA", null, "is not 32 bytes of base64")]
    [InlineData(null, "/nonexistent/credentials.key", "does not exist")]
    public void Validator_BadOptions_NamesTheProblem(string? key, string? keyFile, string expected)
    {
        var result = new CredentialOptionsValidator().Validate(null, new CredentialOptions { Key = key, KeyFile = keyFile });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_BothSourcesAndBadPreviousKey_ReportsBoth()
    {
        var result = new CredentialOptionsValidator().Validate(null, new CredentialOptions { Key = s_key, KeyFile = "/x", PreviousKeys = ["nope"] });

        Assert.Equal(2, result.Failures!.Count());
    }

    private static CredentialProtector Protector(string key, string? previous = null) =>
        new(Options.Create(new CredentialOptions { Key = key, PreviousKeys = previous is null ? [] : [previous] }));
}
