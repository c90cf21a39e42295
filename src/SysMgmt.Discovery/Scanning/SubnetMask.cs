using System.Globalization;
using System.Net;
using System.Numerics;
using SysMgmt.Core.Networking;

namespace SysMgmt.Discovery.Scanning;

/// <summary>An IPv4 subnet mask, dotted (<c>255.255.255.0</c>) or as a prefix length (<c>/24</c> or <c>24</c>).</summary>
public static class SubnetMask
{
    public const string Default = "255.255.255.0";

    public static bool TryParsePrefixLength(string text, out int prefixLength, out string error)
    {
        var trimmed = text.Trim().TrimStart('/');
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out prefixLength))
        {
            error = prefixLength <= 32 ? string.Empty : $"subnet mask '{text}': a prefix length is 0 to 32";
            return prefixLength <= 32;
        }

        prefixLength = 0;
        if (!IpAddresses.TryNormalize(trimmed, out var normalized, out _) || normalized.Contains(':', StringComparison.Ordinal))
        {
            error = $"subnet mask '{text}' is neither a dotted IPv4 mask (255.255.255.0) nor a prefix length (/24)";
            return false;
        }

        var mask = (uint)IpNumbers.ToNumber(IPAddress.Parse(normalized));
        prefixLength = BitOperations.LeadingZeroCount(~mask);
        if (mask != (prefixLength == 0 ? 0 : uint.MaxValue << (32 - prefixLength)))
        {
            error = $"subnet mask '{text}' is not contiguous: its one bits must all come before its zero bits";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
