using System.Globalization;
using System.Net;
using SysMgmt.Core.Networking;

namespace SysMgmt.Discovery.Scanning;

/// <summary>
/// A host named on the command line: <c>10.0.0.5</c>, <c>bmc1.example</c>, <c>10.0.0.5:8443</c>, <c>[::1]:443</c>, <c>::1</c>
/// or a URL <c>https://10.0.0.5:8443</c>. A port given here is the only one scanned on that host; a scheme given
/// here overrides the default one. A path in a URL is ignored: the probe always asks for <c>/redfish/v1/</c>.
/// </summary>
internal sealed record HostArgument(string? Scheme, string Host, IPAddress? Address, int? Port)
{
    public static bool TryParse(string text, out HostArgument host, out string error)
    {
        host = null!;
        var rest = text.Trim();
        string? scheme = null;
        var separator = rest.IndexOf("://", StringComparison.Ordinal);
        if (separator >= 0)
        {
            scheme = ScanSchemes.Normalize(rest[..separator]);
            if (scheme is null)
            {
                error = $"'{text}': the scheme must be https or http";
                return false;
            }

            rest = rest[(separator + 3)..];
            var pathStart = rest.IndexOfAny(['/', '?', '#']);
            rest = pathStart < 0 ? rest : rest[..pathStart];
        }

        if (rest.Contains('@', StringComparison.Ordinal))
        {
            // Not echoed: the part before '@' is likely a password.
            error = "a host holds credentials (user:password@host): scanning needs none, and collect takes them from the secrets store or --username/--password";
            return false;
        }

        if (!TrySplitPort(rest, out var hostText, out var port, out var problem))
        {
            error = $"'{text}': {problem}";
            return false;
        }

        if (LooksLikeAddress(hostText))
        {
            if (!IpAddresses.TryNormalize(hostText, out var normalized, out error))
            {
                error = $"host {error}";
                return false;
            }

            host = new HostArgument(scheme, normalized, IPAddress.Parse(normalized), port);
            return true;
        }

        if (Uri.CheckHostName(hostText) != UriHostNameType.Dns)
        {
            error = $"'{text}' is not a host name, an address or a URL such as https://10.0.0.5:443";
            return false;
        }

        host = new HostArgument(scheme, hostText.ToLowerInvariant(), null, port);
        error = string.Empty;
        return true;
    }

    /// <summary>Splits <c>host:port</c> and <c>[v6]:port</c>; a bare IPv6 address (several colons) has no port.</summary>
    private static bool TrySplitPort(string authority, out string host, out int? port, out string problem)
    {
        port = null;
        host = authority;
        problem = "the port must be a number from 1 to 65535";
        string? portText = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                problem = "the '[' before an IPv6 address has no matching ']'";
                return false;
            }

            host = authority[1..close];
            var after = authority[(close + 1)..];
            if (after.Length > 0)
            {
                if (!after.StartsWith(':'))
                {
                    return false;
                }

                portText = after[1..];
            }
        }
        else if (authority.Count(c => c == ':') == 1)
        {
            var colon = authority.IndexOf(':', StringComparison.Ordinal);
            host = authority[..colon];
            portText = authority[(colon + 1)..];
        }

        if (portText is null)
        {
            return true;
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            return false;
        }

        port = number;
        return true;
    }

    /// <summary>Digits and dots only, or any colon: meant as an address, so a typo is an address error, not a name.</summary>
    private static bool LooksLikeAddress(string host) =>
        host.Contains(':', StringComparison.Ordinal) || (host.Length > 0 && host.All(c => char.IsAsciiDigit(c) || c == '.'));
}
