using System.Security.Cryptography;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// The key every secret's own key is derived from: 32 random bytes, written as 64 hex digits in the
/// <c>MASTER_KEY</c> environment variable, as magellan does.
/// </summary>
public sealed class MasterKey
{
    public const string EnvironmentVariable = "MASTER_KEY";

    /// <summary>Bytes in a key (AES-256).</summary>
    public const int Size = 32;

    private readonly byte[] _bytes;

    private MasterKey(byte[] bytes) => _bytes = bytes;

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>A new random key, as hex (what <c>secrets generatekey</c> prints).</summary>
    public static string GenerateHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Size));

    /// <summary>The key in <paramref name="hex"/> (the value of <c>MASTER_KEY</c>); either case, surrounding blanks ignored.</summary>
    /// <exception cref="SecretStoreException">The value is missing or is not 64 hex digits; the message never quotes it.</exception>
    public static MasterKey Parse(string? hex)
    {
        var text = hex?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new SecretStoreException(
                $"{EnvironmentVariable} is not set: export the key the secrets file was written with, or create one with 'export {EnvironmentVariable}=$(sysmgmt secrets generatekey)'");
        }

        if (text.Length != Size * 2 || !text.All(char.IsAsciiHexDigit))
        {
            throw new SecretStoreException(
                $"{EnvironmentVariable} is malformed: a key is {Size * 2} hexadecimal digits ({Size} bytes), as 'sysmgmt secrets generatekey' prints; this value has {text.Length} characters{(text.All(char.IsAsciiHexDigit) ? string.Empty : " and not only hex digits")}");
        }

        return new MasterKey(Convert.FromHexString(text));
    }

    /// <summary>Never prints the key.</summary>
    public override string ToString() => "MasterKey(***)";
}
