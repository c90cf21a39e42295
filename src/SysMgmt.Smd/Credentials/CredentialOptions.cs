namespace SysMgmt.Smd.Credentials;

/// <summary>
/// The key that encrypts BMC passwords at rest (section <c>Smd:Credentials</c>). A key is 32 random bytes,
/// written as base64; <c>scripts/up</c> creates one in <c>$SYSMGMT_HOME/keys/credentials.key</c>.
/// </summary>
public sealed class CredentialOptions
{
    public const string SectionName = "Smd:Credentials";

    /// <summary>The current key, base64. Use this or <see cref="KeyFile"/>.</summary>
    public string? Key { get; set; }

    /// <summary>A file holding the current key, base64.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Retired keys (base64), still accepted for reading, so keys can be rotated without re-entering passwords.</summary>
    public List<string> PreviousKeys { get; set; } = [];
}
