using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Core.Networking;

/// <summary>
/// Validates IP address text and returns its canonical form: dotted-quad IPv4, or RFC 5952 IPv6
/// (lower case, longest zero run compressed).
/// </summary>
/// <remarks>
/// <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> alone is too lenient: it reads "1.2.3" and "1" as IPv4,
/// accepts octal/hex parts, brackets, ports and zone indexes. IPv4 here must be exactly four decimal octets
/// without leading zeros (as Go's <c>net.ParseIP</c> requires); IPv6 may not carry a zone (<c>%eth0</c>) or brackets.
/// </remarks>
public static class IpAddresses
{
    public static bool TryNormalize(string? input, out string normalized, out string error)
    {
        normalized = string.Empty;
        var text = input.AsSpan().Trim();
        if (text.IsEmpty)
        {
            error = "IP address is empty";
            return false;
        }

        var reason = text.Contains(':') ? TryIPv6(text, out normalized) : TryIPv4(text, out normalized);
        if (reason is not null)
        {
            error = $"'{input}' is not a valid IP address: {reason}";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>As <see cref="TryNormalize"/>, throwing <see cref="FormatException"/> with the same message.</summary>
    public static string Normalize(string input) =>
        TryNormalize(input, out var normalized, out var error) ? normalized : throw new FormatException(error);

    private static string? TryIPv4(ReadOnlySpan<char> text, out string normalized)
    {
        normalized = string.Empty;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return "it is neither a dotted-quad IPv4 address nor an IPv6 address (host names are not accepted)";
            }
        }

        var octets = text.Count('.') + 1;
        if (octets != 4)
        {
            return $"an IPv4 address has 4 dot-separated octets, found {octets}";
        }

        foreach (var range in text.Split('.'))
        {
            var octet = text[range];
            if (octet.IsEmpty)
            {
                return "an IPv4 octet is empty";
            }

            if (octet.Length > 1 && octet[0] == '0')
            {
                return $"octet '{octet}' has a leading zero";
            }

            if (octet.Length > 3 || int.Parse(octet, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return $"octet {octet} is out of range 0-255";
            }
        }

        // Already canonical once it passes the checks above.
        normalized = text.ToString();
        return null;
    }

    private static string? TryIPv6(ReadOnlySpan<char> text, out string normalized)
    {
        normalized = string.Empty;
        foreach (var c in text)
        {
            if (c == '%')
            {
                return "an IPv6 zone index ('%…') is not accepted";
            }

            // Dots are allowed for the embedded-IPv4 tail (::ffff:192.0.2.1); brackets and ports are not.
            if (!char.IsAsciiHexDigit(c) && c is not (':' or '.'))
            {
                return $"'{c}' is not valid in an IPv6 address";
            }
        }

        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "it is not a well-formed IPv6 address";
        }

        normalized = address.ToString();
        return null;
    }
}
