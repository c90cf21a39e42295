using System.CommandLine;
using SysMgmt.Cli.Commands.Discover;

namespace SysMgmt.Cli.Commands;

internal sealed class SysMgmtRootCommand : RootCommand
{
    public SysMgmtRootCommand(EmulateCommand emulate, DiscoverCommand discover)
        : base("SysMgmt: bare-metal system management for HPC clusters.")
    {
        Subcommands.Add(discover);
        Subcommands.Add(emulate);
    }
}
