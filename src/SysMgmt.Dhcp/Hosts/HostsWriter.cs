using SysMgmt.Dhcp.Config;
using SysMgmt.Dhcp.Dnsmasq;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Dhcp.Hosts;

/// <summary>
/// Keeps dnsmasq's host file equal to the nodes given: rewrites it atomically only when its text changes, and sends
/// dnsmasq SIGHUP only when a line went away or changed (dnsmasq reads added lines on its own, through inotify).
/// </summary>
public sealed class HostsWriter(DhcpDirectory directory, LeaseTime lease)
{
    public HostsUpdate Write(IEnumerable<Node> nodes)
    {
        var set = DhcpHostSet.From(nodes);
        Directory.CreateDirectory(directory.HostsDirectory);
        var text = HostsFile.Render(set.Hosts, lease);
        if (!AtomicFile.WriteIfChanged(directory.HostsFile, text, out var previous))
        {
            return new HostsUpdate(set.Hosts, Changed: false, Reloaded: false, set.Problems, ReloadProblem: null);
        }

        var lineGone = previous is not null && Lines(previous).Except(Lines(text), StringComparer.Ordinal).Any();
        var reloadProblem = lineGone ? DnsmasqProcess.Reload(directory.PidFile) : null;
        return new HostsUpdate(set.Hosts, Changed: true, Reloaded: lineGone && reloadProblem is null, set.Problems, reloadProblem);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
