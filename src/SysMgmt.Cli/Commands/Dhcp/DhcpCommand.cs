using System.CommandLine;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary><c>sysmgmt dhcp</c>: keeps a stock dnsmasq in step with SMD (see docs/dhcp.md).</summary>
internal sealed class DhcpCommand : Command
{
    public DhcpCommand(DhcpConfigCommand config, DhcpFollowCommand follow)
        : base("dhcp", "Serve DHCP and PXE with a stock dnsmasq kept in step with SMD's inventory")
    {
        Subcommands.Add(config);
        Subcommands.Add(follow);
    }
}
