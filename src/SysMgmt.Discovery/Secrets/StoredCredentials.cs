using System.Text.Json;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// The plaintext of a secret, as magellan keeps it: <c>{"username":…,"password":…}</c>. Names are read
/// case-insensitively, as Go's decoder does, so entries magellan wrote by hand-built JSON read back.
/// </summary>
internal static class StoredCredentials
{
    public const string UsernameProperty = "username";
    public const string PasswordProperty = "password";

    public static byte[] Serialize(RedfishCredentials credentials)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(UsernameProperty, credentials.Username);
            writer.WriteString(PasswordProperty, credentials.Password);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The credentials in <paramref name="json"/>, or null when it is not an object with both as strings.</summary>
    /// <param name="json">The decrypted value, or the user's input.</param>
    /// <param name="ignoreCase">Match the property names in any case (reading entries), or exactly (checking user input, as magellan does).</param>
    public static RedfishCredentials? TryParse(ReadOnlySpan<byte> json, bool ignoreCase)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string? username = null, password = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                if (string.Equals(property.Name, UsernameProperty, comparison))
                {
                    username = property.Value.GetString();
                }
                else if (string.Equals(property.Name, PasswordProperty, comparison))
                {
                    password = property.Value.GetString();
                }
            }

            return username is not null && password is not null ? new RedfishCredentials(username, password) : null;
        }
        catch (JsonException)
        {
            // The message of a JsonException can quote the offending text, which may be part of a password.
            return null;
        }
    }
}
