using System.Security.Cryptography;
using System.Text;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Identity;

/// <summary>
/// What makes BMC number <see cref="Index"/> a machine of its own: serial numbers, UUIDs and MAC addresses derived
/// deterministically from the mockup's values and the index. The mockup's spelling (case, separators) is kept, so its
/// quirks reach the client unchanged; empty values and <c>Not Available</c> stay as they are.
/// </summary>
public sealed class BmcIdentity(int index)
{
    public int Index { get; } = index;

    /// <summary>The serial number with the BMC index appended: <c>437XR1138R2</c> → <c>437XR1138R2-00042</c>.</summary>
    public string Serial(string original) => original.Length == 0 ? original : $"{original}-{Index:D5}";

    /// <summary>A UUID from a hash of the original and the index, in the original's letter case.</summary>
    public string Uuid(string original)
    {
        if (!Guid.TryParse(original, out _))
        {
            return original;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{original.ToLowerInvariant()}/{Index}"), hash);
        // RFC 9562 version 8 (custom) with the RFC variant bits, so it reads as a well-formed UUID.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var uuid = new Guid(hash[..16], bigEndian: true).ToString("D");
        return HasUpperCaseLetter(original) ? uuid.ToUpperInvariant() : uuid;
    }

    /// <summary>
    /// The MAC with ordinal <paramref name="ordinal"/> in its mockup: vendor prefix kept, last 24 bits
    /// <c>Index × MaxPerBmc + ordinal</c>, written with the original's separators and letter case.
    /// </summary>
    public string Mac(string original, int ordinal)
    {
        var suffix = (Index * MacTable.MaxPerBmc) + ordinal;
        var upper = HasUpperCaseLetter(original);
        var result = original.ToCharArray();
        var digit = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (!char.IsAsciiHexDigit(result[i]))
            {
                continue;
            }

            // Digits 6–11 are the last three bytes; digit 6 is the most significant nibble of the suffix.
            if (digit >= 6)
            {
                var nibble = (suffix >> ((11 - digit) * 4)) & 0xF;
                result[i] = (upper ? "0123456789ABCDEF" : "0123456789abcdef")[nibble];
            }

            digit++;
        }

        return new string(result);
    }

    /// <summary>The most BMCs that can have distinct MACs.</summary>
    public static int MaxBmcs => (1 << 24) / MacTable.MaxPerBmc;

    private static bool HasUpperCaseLetter(string value) => value.Any(char.IsAsciiLetterUpper);
}
