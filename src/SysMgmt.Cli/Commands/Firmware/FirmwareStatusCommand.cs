using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Cli.Commands.Bmcs;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Firmware;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli.Commands.Firmware;

/// <summary>
/// <c>sysmgmt firmware status BMC…</c>: each BMC's UpdateService (enabled, state, health, update methods) and its
/// firmware inventory (name, version, updateable). magellan's <c>update --status</c> printed only the Status.
/// </summary>
internal sealed class FirmwareStatusCommand : BaseCommand
{
    private readonly Argument<string[]> _bmcs = BmcArgument.Create();
    private readonly Option<DataFormat?> _format = FormatOption.Create();
    private readonly BmcAccessOptions _access;
    private readonly CliConsole _console;

    public FirmwareStatusCommand(CliConsole console, CliInput input, CliEnvironment environment)
        : base("status", "Show BMCs' UpdateService state and firmware inventory (name, version, updateable)")
    {
        _console = console;
        _access = new BmcAccessOptions(console, input, environment);
        Arguments.Add(_bmcs);
        Options.Add(_format);
        _access.AddTo(this);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (BmcArgument.Parse(parseResult, _bmcs, _console) is not { } bmcs)
        {
            return ExitCodes.InvalidUsage;
        }

        using var access = await _access.OpenAsync(parseResult, null, cancellationToken);
        if (access is null)
        {
            return ExitCodes.InvalidUsage;
        }

        var outcomes = await access.RunAsync(bmcs, FirmwareStatusReader.ReadAsync, cancellationToken);
        if (parseResult.GetValue(_format) is { } format)
        {
            _console.WriteData(new JsonArray([.. outcomes.Select(ToJson)]), format);
        }
        else
        {
            WriteTables(outcomes);
        }

        return outcomes.All(o => o.Succeeded) ? ExitCodes.Success : ExitCodes.Failed;
    }

    private void WriteTables(IReadOnlyList<BmcOutcome<FirmwareStatus>> outcomes)
    {
        var services = new Table().AddColumns("BMC", "update service", "methods", "reason");
        var inventory = new Table().AddColumns("BMC", "component", "name", "version", "updateable");
        foreach (var outcome in outcomes)
        {
            var bmc = Markup.Escape(BmcAddress.Display(outcome.Bmc));
            if (outcome.Result is not { } status)
            {
                services.AddRow(bmc, "[red]failed[/]", "-", Markup.Escape(outcome.Error ?? string.Empty));
                continue;
            }

            var state = $"{(status.ServiceEnabled == false ? "disabled" : "enabled")} {status.State} {status.Health}".Trim();
            services.AddRow(bmc, Markup.Escape(state), status.Methods.Count > 0 ? string.Join(", ", status.Methods) : "none", string.Empty);
            foreach (var component in status.Components)
            {
                inventory.AddRow(bmc, Markup.Escape(component.Id), Markup.Escape(component.Name ?? "-"), Markup.Escape(component.Version ?? "-"),
                    component.Updateable switch { true => "yes", false => "no", null => "-" });
            }
        }

        _console.WriteTable(services);
        if (inventory.Rows.Count > 0)
        {
            _console.WriteTable(inventory);
        }
    }

    private static JsonObject ToJson(BmcOutcome<FirmwareStatus> outcome)
    {
        var status = outcome.Result;
        return new JsonObject
        {
            ["bmc"] = BmcAddress.Display(outcome.Bmc),
            ["succeeded"] = outcome.Succeeded,
            ["serviceEnabled"] = status?.ServiceEnabled,
            ["state"] = status?.State,
            ["health"] = status?.Health,
            ["methods"] = status is null ? null : new JsonArray([.. status.Methods.Select(m => JsonValue.Create(m.ToString()))]),
            ["components"] = status is null ? null : new JsonArray([.. status.Components.Select(c => new JsonObject
            {
                ["id"] = c.Id,
                ["name"] = c.Name,
                ["version"] = c.Version,
                ["updateable"] = c.Updateable,
            })]),
            ["error"] = outcome.Error,
            ["errorKind"] = outcome.ErrorKind?.ToString(),
        };
    }
}
