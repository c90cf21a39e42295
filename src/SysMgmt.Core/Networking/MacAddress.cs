namespace SysMgmt.Core.Networking;

/// <summary>
/// Normalises 48-bit MAC addresses to SMD's form, lower-case and colon-separated (<c>aa:bb:cc:dd:ee:ff</c>).
/// </summary>
/// <remarks>
/// Accepted, in any case and with surrounding whitespace: <c>aa:bb:cc:dd:ee:ff</c>, <c>aa-bb-cc-dd-ee-ff</c>,
/// <c>aabb.ccdd.eeff</c> and bare <c>aabbccddeeff</c>. A mix of separators (<c>aa:bb-cc:dd:ee:ff</c>) is rejected:
/// no tool emits it, so it more likely signals a typo than a format. Groups must be full width
/// (<c>a:b:c:d:e:f</c> is rejected) so that a digit cannot be silently dropped or invented.
/// </remarks>
public static class MacAddress
{
    private const int HexDigits = 12;

    /// <summary>What some Redfish implementations put in <c>MACAddress</c> when they have none.</summary>
    private const string NotAvailable = "Not Available";

    public static bool TryNormalize(string? input, out string normalized, out string error)
    {
        normalized = string.Empty;
        var mac = input.AsSpan().Trim();
        if (mac.IsEmpty)
        {
            error = "MAC address is empty";
            return false;
        }

        Span<char> colonForm = stackalloc char[17];
        var reason = Validate(mac, colonForm);
        if (reason is not null)
        {
            error = $"'{input}' is not a valid MAC address: {reason}";
            return false;
        }

        normalized = new string(colonForm);
        error = string.Empty;
        return true;
    }

    /// <summary>As <see cref="TryNormalize"/>, throwing <see cref="FormatException"/> with the same message.</summary>
    public static string Normalize(string input) =>
        TryNormalize(input, out var normalized, out var error) ? normalized : throw new FormatException(error);

    /// <summary>
    /// SMD's EthernetInterface ID for a MAC: its 12 hex digits, lower case, no separators (<c>aabbccddeeff</c>).
    /// Accepts any form <see cref="TryNormalize"/> does and throws <see cref="FormatException"/> otherwise.
    /// </summary>
    public static string ToInterfaceId(string normalizedMac) =>
        Normalize(normalizedMac).Replace(":", string.Empty, StringComparison.Ordinal);

    /// <summary>Returns null and fills <paramref name="colonForm"/> when valid, else the reason it is not.</summary>
    private static string? Validate(ReadOnlySpan<char> mac, Span<char> colonForm)
    {
        if (mac.Equals(NotAvailable, StringComparison.OrdinalIgnoreCase))
        {
            return "the device reported no MAC address";
        }

        var separator = '\0';
        var count = 0;
        foreach (var c in mac)
        {
            if (char.IsAsciiHexDigit(c))
            {
                if (count < HexDigits)
                {
                    // Digit n lands at n + n/2: two digits, then a colon.
                    colonForm[count + (count / 2)] = char.ToLowerInvariant(c);
                }

                count++;
            }
            else if (c is ':' or '-' or '.')
            {
                if (separator != '\0' && c != separator)
                {
                    return $"it mixes '{separator}' and '{c}' separators";
                }

                separator = c;
            }
            else
            {
                return $"'{c}' is not a hexadecimal digit";
            }
        }

        if (count != HexDigits)
        {
            return $"it has {count} hexadecimal digits, a MAC address has 12";
        }

        if (!HasGroupsOfWidth(mac, separator))
        {
            return separator == '.'
                ? "the dotted form is three groups of 4 hexadecimal digits (aabb.ccdd.eeff)"
                : $"the '{separator}'-separated form is six groups of 2 hexadecimal digits";
        }

        for (var i = 2; i < colonForm.Length; i += 3)
        {
            colonForm[i] = ':';
        }

        return null;
    }

    private static bool HasGroupsOfWidth(ReadOnlySpan<char> mac, char separator)
    {
        if (separator == '\0')
        {
            return true;
        }

        var width = separator == '.' ? 4 : 2;
        foreach (var range in mac.Split(separator))
        {
            if (mac[range].Length != width)
            {
                return false;
            }
        }

        return true;
    }
}
