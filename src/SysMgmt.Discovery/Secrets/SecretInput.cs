using System.Text;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// Reads the credentials a user gives to <c>secrets store</c>, in magellan's three input formats. Unlike magellan,
/// valid JSON and base64 are accepted (magellan's check is inverted), and a password may contain a colon. Error
/// messages never quote the input.
/// </summary>
public static class SecretInput
{
    /// <exception cref="FormatException">The text is not credentials in <paramref name="format"/>.</exception>
    public static RedfishCredentials Parse(string text, SecretInputFormat format)
    {
        var credentials = format switch
        {
            SecretInputFormat.Basic => ParseBasic(WithoutFinalNewline(text)),
            SecretInputFormat.Json => ParseJson(Encoding.UTF8.GetBytes(text)),
            SecretInputFormat.Base64 => ParseJson(DecodeBase64(text)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        if (credentials.Username.Length == 0)
        {
            throw new FormatException("the username is empty");
        }

        return credentials.Password.Length == 0 ? throw new FormatException("the password is empty") : credentials;
    }

    private static RedfishCredentials ParseBasic(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? throw new FormatException("expected username:password, but the input has no ':'")
            : new RedfishCredentials(text[..colon], text[(colon + 1)..]);
    }

    private static RedfishCredentials ParseJson(byte[] json) =>
        StoredCredentials.TryParse(json, ignoreCase: false)
            ?? throw new FormatException($"expected a JSON object with string properties \"{StoredCredentials.UsernameProperty}\" and \"{StoredCredentials.PasswordProperty}\"");

    private static byte[] DecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException exception)
        {
            throw new FormatException("the input is not base64", exception);
        }
    }

    /// <summary>The text without one final line break: what <c>echo</c> and editors add is not part of a password; other blanks are.</summary>
    public static string WithoutFinalNewline(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
}
