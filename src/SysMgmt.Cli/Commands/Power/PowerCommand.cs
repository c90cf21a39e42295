using System.CommandLine;

namespace SysMgmt.Cli.Commands.Power;

/// <summary>
/// <c>sysmgmt power</c>: node power through the BMCs that SMD records for them (<c>status</c>, <c>on</c>,
/// <c>off</c>, <c>restart</c>, <c>reset --type</c>).
/// </summary>
internal sealed class PowerCommand : Command
{
    public PowerCommand(CliConsole console, CliInput input, CliEnvironment environment, PowerStatusCommand status)
        : base("power", "Show and change nodes' power through their BMCs (found in SMD)")
    {
        Subcommands.Add(status);
        Subcommands.Add(PowerResetCommand.On(console, input, environment));
        Subcommands.Add(PowerResetCommand.Off(console, input, environment));
        Subcommands.Add(PowerResetCommand.Restart(console, input, environment));
        Subcommands.Add(PowerResetCommand.Reset(console, input, environment));
    }
}
