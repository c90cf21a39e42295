using System.Net;
using System.Net.Sockets;
using SysMgmt.Core.Networking;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Hosts;

/// <summary>
/// The host lines for a set of nodes, in MAC order, and what had to be left out. Each of a node's interfaces gets a
/// line with the node's hostname (<see cref="HostnameRule"/>) and its first IPv4 address in SMD; an interface without
/// one gets an address from dnsmasq's pool but keeps the hostname. dnsmasq refuses two lines with one address, so a
/// second MAC claiming an address already given keeps its hostname only.
/// </summary>
public sealed record DhcpHostSet(IReadOnlyList<DhcpHost> Hosts, IReadOnlyList<string> Problems)
{
    public static DhcpHostSet From(IEnumerable<Node> nodes)
    {
        var problems = new List<string>();
        var byMac = new Dictionary<string, DhcpHost>(StringComparer.Ordinal);
        foreach (var node in nodes.OrderBy(n => n.Xname, StringComparer.Ordinal))
        {
            var hostname = HostnameRule.For(node);
            foreach (var nic in node.Interfaces)
            {
                if (!MacAddress.TryNormalize(nic.Mac, out var mac, out var error))
                {
                    problems.Add($"{node.Xname}: {error}");
                }
                else if (byMac.TryGetValue(mac, out var owner))
                {
                    problems.Add($"{node.Xname}: MAC {mac} is already {owner.Xname}'s; left out");
                }
                else
                {
                    byMac[mac] = new DhcpHost(mac, FirstIPv4(nic), hostname, node.Xname);
                }
            }
        }

        var taken = new Dictionary<IPAddress, DhcpHost>();
        var hosts = new List<DhcpHost>(byMac.Count);
        foreach (var host in byMac.Values.OrderBy(h => h.Mac, StringComparer.Ordinal))
        {
            if (host.Address is { } address && !taken.TryAdd(address, host))
            {
                problems.Add($"{host.Xname}: {address} (MAC {host.Mac}) is already {taken[address].Xname}'s (MAC {taken[address].Mac}); {host.Mac} gets a pool address");
                hosts.Add(host with { Address = null });
            }
            else
            {
                hosts.Add(host);
            }
        }

        return new DhcpHostSet(hosts, problems);
    }

    private static IPAddress? FirstIPv4(NetworkInterface nic) => nic.IpAddresses
        .Select(text => IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork ? address : null)
        .FirstOrDefault(address => address is not null);
}
