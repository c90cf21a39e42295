using System.Security.Cryptography;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>The configuration every SMD test host needs: its database, the test token issuer, and a credential key.</summary>
internal static class SmdSettings
{
    /// <summary>The key that encrypts BMC passwords in test hosts (new for every test run).</summary>
    public static readonly string CredentialKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static KeyValuePair<string, string?>[] For(string connectionString, TestTokenIssuer tokens, params (string Key, string? Value)[] extra) =>
        [new("ConnectionStrings:Smd", connectionString), new("Smd:Credentials:Key", CredentialKey), .. tokens.ToConfiguration(), .. s_fastRetries,
         .. extra.Select(e => KeyValuePair.Create(e.Key, e.Value))];

    /// <summary>SCN retries in tenths of a second rather than minutes, so tests with a subscriber down stay short.</summary>
    private static readonly KeyValuePair<string, string?>[] s_fastRetries =
    [
        new("Smd:Subscriptions:FirstRetryDelay", "00:00:00.100"),
        new("Smd:Subscriptions:MaxRetryDelay", "00:00:00.500"),
        new("Smd:Subscriptions:PollInterval", "00:00:00.500"),
    ];

    /// <summary>The same settings as environment variables, for SMD started as a process.</summary>
    public static Dictionary<string, string> AsEnvironment(string connectionString, TestTokenIssuer tokens, params (string Key, string? Value)[] extra) =>
        For(connectionString, tokens, extra).ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value ?? "");
}
