using System.Net;
using System.Net.Sockets;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Leases;

/// <summary>
/// A pool address that dnsmasq leased to an interface SMD knows without any IPv4 address: SMD should learn it, so that
/// services that know nodes by address (BSS's cloud-init) know this one, and the host file keeps it for the node.
/// </summary>
public sealed record LeaseToRecord(string Xname, string Mac, IPAddress Address)
{
    /// <summary>The leases to record, in MAC order: active, for a MAC SMD knows, whose interface has no IPv4 address.</summary>
    public static IReadOnlyList<LeaseToRecord> Select(IEnumerable<Node> nodes, IEnumerable<DnsmasqLease> leases, DateTimeOffset now)
    {
        var withoutAddress = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var nic in node.Interfaces.Where(nic => !nic.IpAddresses.Any(IsIPv4)))
            {
                withoutAddress[nic.Mac] = node.Xname;
            }
        }

        return leases
            .Where(lease => lease.IsActive(now) && withoutAddress.ContainsKey(lease.Mac))
            .Select(lease => new LeaseToRecord(withoutAddress[lease.Mac], lease.Mac, lease.Address))
            .DistinctBy(lease => lease.Mac)
            .OrderBy(lease => lease.Mac, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsIPv4(string text) => IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork;
}
