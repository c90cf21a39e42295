using System.CommandLine;

namespace SysMgmt.Cli.Commands;

internal sealed class SysMgmtRootCommand : RootCommand
{
    public SysMgmtRootCommand(EmulateCommand emulate)
        : base("SysMgmt: bare-metal system management for HPC clusters.")
    {
        Subcommands.Add(emulate);
    }
}
