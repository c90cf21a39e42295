using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SysMgmt.Core.Networking;

namespace SysMgmt.Dhcp.Leases;

/// <summary>
/// One IPv4 lease from dnsmasq's lease database, whose lines read <c>expiry mac address hostname client-id</c>
/// (expiry in Unix seconds, 0 for an infinite lease).
/// </summary>
public sealed record DnsmasqLease(string Mac, IPAddress Address, DateTimeOffset? Expires)
{
    /// <summary>
    /// The IPv4 leases in the file's text; DHCPv6 lines (after <c>duid</c>) and lines it cannot read are skipped, and
    /// so is text after the last newline: dnsmasq rewrites the file in place, so a read may meet a line half written.
    /// </summary>
    public static IReadOnlyList<DnsmasqLease> Parse(string text)
    {
        var leases = new List<DnsmasqLease>();
        foreach (var line in text.Split('\n')[..^1])
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields is [var expiry, var mac, var address, ..]
                && long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && MacAddress.TryNormalize(mac, out var normalized, out _)
                && IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork)
            {
                leases.Add(new DnsmasqLease(normalized, ip, seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds)));
            }
        }

        return leases;
    }

    public bool IsActive(DateTimeOffset now) => Expires is not { } expires || expires > now;
}
