using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Cli.Commands.Bmcs;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.Naming;
using SysMgmt.Redfish;
using SysMgmt.Redfish.Inventory;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// <c>sysmgmt discover crawl &lt;bmc&gt;</c>: walks one BMC and prints what it holds, as tables (systems, managers,
/// chassis, firmware) or, with <c>--format</c>, as the inventory part of the payload collect would send. Nothing is
/// sent or saved.
/// </summary>
internal sealed class CrawlCommand : BaseCommand
{
    private static readonly Argument<string> s_bmc = new("bmc")
    {
        Description = "The BMC: host, host:port or https://host:port",
    };

    private static readonly Option<double> s_timeout = new("--timeout", "-t")
    {
        Description = "Seconds one request to the BMC may take",
        DefaultValueFactory = _ => 10,
    };

    private readonly CliConsole _console;
    private readonly BmcCredentialOptions _credentials;
    private readonly BmcTlsOptions _tls;
    private readonly Option<Discovery.Formats.DataFormat?> _format = FormatOption.Create();

    public CrawlCommand(CliConsole console, CliInput input, CliEnvironment environment)
        : base("crawl", "Walk one BMC's Redfish tree and print its inventory")
    {
        _console = console;
        _credentials = new BmcCredentialOptions(console, input, environment);
        _tls = new BmcTlsOptions(console);
        Arguments.Add(s_bmc);
        Options.Add(_format);
        Options.Add(s_timeout);
        _credentials.AddTo(this);
        _tls.AddTo(this);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var redfish = new RedfishClientOptions();
        if (parseResult.GetValue(s_timeout) is not (> 0 and <= 3600) and var timeout)
        {
            _console.Error($"--timeout must be between 0 and 3600 seconds, not {timeout}");
            return ExitCodes.InvalidUsage;
        }

        redfish.RequestTimeout = TimeSpan.FromSeconds(parseResult.GetValue(s_timeout));
        if (!BmcAddress.TryParse(parseResult.GetValue(s_bmc)!, "https", out var address, out var error))
        {
            _console.Error(error);
            return ExitCodes.InvalidUsage;
        }

        if (!_tls.TryApply(parseResult, redfish) || await _credentials.CreateResolverAsync(parseResult, cancellationToken) is not { } resolver)
        {
            return ExitCodes.InvalidUsage;
        }

        if (resolver.Resolve(address.BaseUri) is { Credentials: null } missing)
        {
            _console.Error(missing.Problem!);
            return ExitCodes.InvalidUsage;
        }

        using var clients = new RedfishClientFactory(Microsoft.Extensions.Options.Options.Create(redfish));
        var collector = new BmcCollector(clients, new BmcNaming(null));
        var (walk, failure) = await collector.WalkAsync(address, resolver.Resolve(address.BaseUri).Credentials!, cancellationToken);
        if (walk is null)
        {
            _console.Error($"{address}: {failure!.Reason}");
            return ExitCodes.Failed;
        }

        if (parseResult.GetValue(_format) is { } format)
        {
            var document = RedfishEndpointPayload.Inventory(walk);
            document["Firmware"] = new JsonArray([.. walk.Inventory.Firmware.Select(f => new JsonObject
            {
                ["uri"] = f.ODataId ?? "", ["name"] = f.Name ?? f.Id ?? "", ["version"] = f.Version ?? "", ["updateable"] = f.Updateable,
            })]);
            _console.WriteData(document, format);
        }
        else
        {
            WriteTables(walk.Inventory);
        }

        foreach (var problem in walk.Inventory.Problems)
        {
            _console.Warning($"{problem.Resource}: {problem.Message}");
        }

        return ExitCodes.Success;
    }

    private void WriteTables(BmcInventory inventory)
    {
        var root = inventory.ServiceRoot;
        _console.Output.WriteLine($"{root.Vendor} {root.Product} (Redfish {root.RedfishVersion}) {root.UUID}".Trim());
        var systems = new Table().Title("Systems").AddColumns("path", "model", "serial", "power", "CPUs", "memory GiB", "NICs");
        foreach (var s in inventory.Systems)
        {
            systems.AddRow(Cell(s.System.ODataId), Cell(s.System.Model), Cell(s.System.SerialNumber), Cell(s.System.PowerState),
                Cell(s.Processors.Count), Cell(s.System.MemorySummary?.TotalSystemMemoryGiB), Cell(string.Join(" ", s.EthernetInterfaces.Select(n => n.Mac).OfType<string>())));
        }

        var managers = new Table().Title("Managers").AddColumns("path", "type", "model", "firmware", "NICs");
        foreach (var m in inventory.Managers)
        {
            managers.AddRow(Cell(m.Manager.ODataId), Cell(m.Manager.ManagerType), Cell(m.Manager.Model), Cell(m.Manager.FirmwareVersion),
                Cell(string.Join(" ", m.EthernetInterfaces.Select(n => n.FirstIPv4 is { } ip ? $"{n.Mac} ({ip})" : n.Mac).OfType<string>())));
        }

        var chassis = new Table().Title("Chassis").AddColumns("path", "type", "model", "serial", "power supplies");
        foreach (var c in inventory.Chassis)
        {
            chassis.AddRow(Cell(c.Chassis.ODataId), Cell(c.Chassis.ChassisType), Cell(c.Chassis.Model), Cell(c.Chassis.SerialNumber), Cell(c.PowerSupplies.Count));
        }

        var firmware = new Table().Title("Firmware").AddColumns("name", "version", "updateable");
        foreach (var f in inventory.Firmware)
        {
            firmware.AddRow(Cell(f.Name ?? f.Id), Cell(f.Version), Cell(f.Updateable));
        }

        foreach (var table in (Table[])[systems, managers, chassis, firmware])
        {
            _console.WriteTable(table);
        }
    }

    private static string Cell(object? value) => Markup.Escape(value switch
    {
        null => "-",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() is { Length: > 0 } text ? text : "-",
    });
}
