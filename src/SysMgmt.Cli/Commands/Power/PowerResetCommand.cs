using System.CommandLine;
using SysMgmt.Discovery.Power;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Power;

/// <summary>
/// <c>sysmgmt power on|off|restart XNAME…</c> (<c>--graceful</c> for the shutdown and restart the OS takes part
/// in), and <c>sysmgmt power reset --type T XNAME…</c> for any other ResetType the BMC offers (<c>Nmi</c>,
/// <c>PushPowerButton</c>, <c>PowerCycle</c>…; <c>power status</c> lists them).
/// </summary>
internal sealed class PowerResetCommand : PowerSubcommand
{
    private readonly Option<bool>? _graceful;
    private readonly Option<string>? _type;
    private readonly Func<bool, string>? _resetType;

    private PowerResetCommand(string name, string description, Func<bool, string>? resetType, CliConsole console, CliInput input, CliEnvironment environment)
        : base(name, description, console, input, environment)
    {
        _resetType = resetType;
        if (resetType is null)
        {
            _type = new Option<string>("--type", "-r") { Description = "The ResetType to send (as 'power status' lists them)", Required = true };
            Options.Add(_type);
        }
        else if (resetType(true) != resetType(false))
        {
            _graceful = new Option<bool>("--graceful") { Description = $"{resetType(true)} instead of {resetType(false)}" };
            Options.Add(_graceful);
        }
    }

    public static PowerResetCommand On(CliConsole console, CliInput input, CliEnvironment environment) =>
        new("on", "Power nodes on (ResetType On)", _ => "On", console, input, environment);

    public static PowerResetCommand Off(CliConsole console, CliInput input, CliEnvironment environment) =>
        new("off", "Power nodes off (ForceOff; --graceful: GracefulShutdown)", graceful => graceful ? "GracefulShutdown" : "ForceOff", console, input, environment);

    public static PowerResetCommand Restart(CliConsole console, CliInput input, CliEnvironment environment) =>
        new("restart", "Restart nodes (ForceRestart; --graceful: GracefulRestart)", graceful => graceful ? "GracefulRestart" : "ForceRestart", console, input, environment);

    public static PowerResetCommand Reset(CliConsole console, CliInput input, CliEnvironment environment) =>
        new("reset", "Send any ResetType the nodes accept (magellan's power -r)", null, console, input, environment);

    protected override string? Validate(ParseResult parseResult) =>
        _type is not null && string.IsNullOrWhiteSpace(parseResult.GetValue(_type)) ? "--type needs a ResetType such as ForceOff or Nmi" : null;

    protected override Task<IReadOnlyList<NodeResult>> ActAsync(ParseResult parseResult, RedfishClient client, IReadOnlyList<PowerTarget> nodes, CancellationToken cancellationToken)
    {
        var resetType = _type is not null ? parseResult.GetValue(_type)!.Trim() : _resetType!(_graceful is not null && parseResult.GetValue(_graceful));
        return PowerActions.ResetAsync(client, nodes, resetType, cancellationToken);
    }
}
