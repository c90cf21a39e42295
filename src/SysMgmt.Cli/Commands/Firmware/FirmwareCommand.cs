using System.CommandLine;

namespace SysMgmt.Cli.Commands.Firmware;

/// <summary><c>sysmgmt firmware</c>: magellan's <c>update</c> (SimpleUpdate, and OpenBMC's push), and <c>status</c>.</summary>
internal sealed class FirmwareCommand : Command
{
    public FirmwareCommand(FirmwareUpdateCommand update, FirmwareStatusCommand status)
        : base("firmware", "Update BMC firmware through Redfish and show what is installed")
    {
        Subcommands.Add(update);
        Subcommands.Add(status);
    }
}
