using System.Text;
using SysMgmt.Dhcp.Config;

namespace SysMgmt.Dhcp.Hosts;

/// <summary>
/// dnsmasq's host file (the format of <c>--dhcp-hostsfile</c> and of the files in <c>--dhcp-hostsdir</c>): one
/// <c>MAC,[address,]hostname,lease</c> line per host. The text depends only on the hosts, so an unchanged inventory
/// gives byte-identical text and nothing is rewritten.
/// </summary>
public static class HostsFile
{
    public const string Header = "# Written by `sysmgmt dhcp` from SMD's inventory; edits are overwritten.";

    public static string Render(IEnumerable<DhcpHost> hosts, LeaseTime lease)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var host in hosts)
        {
            text.Append(host.Mac).Append(',');
            if (host.Address is not null)
            {
                text.Append(host.Address).Append(',');
            }

            text.Append(host.Hostname).Append(',').Append(lease.ToString()).Append('\n');
        }

        return text.ToString();
    }
}
