using System.CommandLine;
using SysMgmt.Cli.Commands.Dhcp;
using SysMgmt.Cli.Commands.Discover;
using SysMgmt.Cli.Commands.Firmware;
using SysMgmt.Cli.Commands.Power;
using SysMgmt.Cli.Commands.Secrets;
using SysMgmt.Cli.Commands.Watch;

namespace SysMgmt.Cli.Commands;

internal sealed class SysMgmtRootCommand : RootCommand
{
    public SysMgmtRootCommand(EmulateCommand emulate, DiscoverCommand discover, SecretsCommand secrets, FirmwareCommand firmware, PowerCommand power,
        WatchCommand watch, DhcpCommand dhcp)
        : base("SysMgmt: bare-metal system management for HPC clusters.")
    {
        Subcommands.Add(dhcp);
        Subcommands.Add(discover);
        Subcommands.Add(emulate);
        Subcommands.Add(firmware);
        Subcommands.Add(power);
        Subcommands.Add(secrets);
        Subcommands.Add(watch);
    }
}
