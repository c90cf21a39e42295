using System.Net;
using SysMgmt.Core.Networking;

namespace SysMgmt.Discovery.Scanning;

/// <summary>What <c>--exclude</c> takes: an address, a CIDR block (all of it), or a range <c>first-last</c>.</summary>
public static class AddressExclusion
{
    public static bool TryParse(string text, out AddressRange range, out string error)
    {
        range = default;
        if (text.Contains('/', StringComparison.Ordinal))
        {
            if (!Subnet.TryParse(text, 32, out var subnet, out error))
            {
                error = $"exclusion {error}";
                return false;
            }

            range = subnet.Block;
            return true;
        }

        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (!TryAddress(parts[0], text, out var first, out error))
        {
            return false;
        }

        var last = first;
        if (parts.Length == 2 && !TryAddress(parts[1], text, out last, out error))
        {
            return false;
        }

        if (first.AddressFamily != last.AddressFamily || IpNumbers.ToNumber(last) < IpNumbers.ToNumber(first))
        {
            error = $"exclusion '{text}': a range goes from a lower to a higher address of the same family";
            return false;
        }

        range = new AddressRange(first.AddressFamily, IpNumbers.ToNumber(first), IpNumbers.ToNumber(last));
        return true;
    }

    private static bool TryAddress(string text, string exclusion, out IPAddress address, out string error)
    {
        address = IPAddress.None;
        if (!IpAddresses.TryNormalize(text, out var normalized, out error))
        {
            error = $"exclusion '{exclusion}' is not an address, a CIDR block or a range first-last: {error}";
            return false;
        }

        address = IPAddress.Parse(normalized);
        return true;
    }
}
