using System.CommandLine;
using SysMgmt.Discovery.Power;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Power;

/// <summary><c>sysmgmt power status XNAME…</c>: each node's power state and the reset types it accepts.</summary>
internal sealed class PowerStatusCommand(CliConsole console, CliInput input, CliEnvironment environment)
    : PowerSubcommand("status", "Show nodes' power state and the reset types they accept", console, input, environment)
{
    protected override Task<IReadOnlyList<NodeResult>> ActAsync(ParseResult parseResult, RedfishClient client, IReadOnlyList<PowerTarget> nodes, CancellationToken cancellationToken) =>
        PowerActions.StatusAsync(client, nodes, cancellationToken);
}
