using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Cli.Commands.Bmcs;
using SysMgmt.Cli.Commands.Smd;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Power;
using SysMgmt.Discovery.Smd;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Power;

/// <summary>
/// What every <c>sysmgmt power</c> subcommand does: finds the nodes' BMCs and Systems in SMD, works on each BMC's
/// nodes through one client (BMCs in parallel, bounded), and prints one row per node. A node that cannot be found
/// or refuses, or whose BMC fails, is reported with its reason; the others go on.
/// </summary>
internal abstract class PowerSubcommand : BaseCommand
{
    private static readonly Argument<string[]> s_nodes = new("xname")
    {
        Description = "Nodes, by xname (their BMCs and Systems are looked up in SMD)",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _smdUrl = new("--smd")
    {
        Description = $"SMD's URL (default: $SYSMGMT_SMD_URL, else {SmdConnection.DefaultUrl})",
        HelpName = "url",
    };

    private readonly Option<DataFormat?> _format = FormatOption.Create();
    private readonly BmcAccessOptions _access;
    private readonly SmdConnection _smd;

    protected PowerSubcommand(string name, string description, CliConsole console, CliInput input, CliEnvironment environment)
        : base(name, description)
    {
        Console = console;
        _access = new BmcAccessOptions(console, input, environment);
        _smd = new SmdConnection(environment);
        Arguments.Add(s_nodes);
        Options.Add(_smdUrl);
        foreach (var option in _smd.Options)
        {
            Options.Add(option);
        }

        Options.Add(_format);
        _access.AddTo(this);
    }

    protected CliConsole Console { get; }

    /// <summary>The work on one BMC's nodes.</summary>
    protected abstract Task<IReadOnlyList<NodeResult>> ActAsync(ParseResult parseResult, RedfishClient client, IReadOnlyList<PowerTarget> nodes, CancellationToken cancellationToken);

    /// <summary>A check of this subcommand's own options before anything is contacted; null when they are fine.</summary>
    protected virtual string? Validate(ParseResult parseResult) => null;

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!TryReadNodes(parseResult, out var nodes) || Validate(parseResult) is { } invalid && Fail(invalid)
            || !_smd.TryParseUrl(parseResult.GetValue(_smdUrl), out var url, out var error) && Fail(error)
            || !_smd.TryCreateOptions(parseResult, url, out var smdOptions, out error) && Fail(error))
        {
            return ExitCodes.InvalidUsage;
        }

        using var access = await _access.OpenAsync(parseResult, null, cancellationToken);
        if (access is null)
        {
            return ExitCodes.InvalidUsage;
        }

        using var smd = new SmdClient(smdOptions);
        if (await smd.CheckReadyAsync(cancellationToken) is { } notReady)
        {
            Console.Error(notReady);
            return ExitCodes.Unavailable;
        }

        var found = await FindAsync(new PowerTargets(smd), nodes, access.Concurrency, cancellationToken);
        var results = found.Where(f => f.Target is null).Select(f => (Bmc: (string?)null, Result: new NodeResult(f.Node, null, null, f.Error))).ToList();
        var byBmc = found.Where(f => f.Target is not null).GroupBy(f => BmcAddress.Display(f.Target!.Bmc))
            .ToDictionary(g => g.Key, g => g.Select(f => f.Target!).ToList());
        var outcomes = await access.RunAsync([.. byBmc.Values.Select(v => v[0].Bmc)],
            async (client, ct) => await ActAsync(parseResult, client, byBmc[BmcAddress.Display(client.BaseUri)], ct), cancellationToken);
        foreach (var outcome in outcomes)
        {
            var bmc = BmcAddress.Display(outcome.Bmc);
            results.AddRange(outcome.Result is { } nodeResults
                ? nodeResults.Select(r => ((string?)bmc, r))
                : byBmc[bmc].Select(t => ((string?)bmc, new NodeResult(t.Node, null, null, outcome.Error))));
        }

        Write(parseResult, [.. results.OrderBy(r => r.Result.Node.Value, StringComparer.Ordinal)]);
        return results.All(r => r.Result.Succeeded) ? ExitCodes.Success : ExitCodes.Failed;
    }

    private bool Fail(string message)
    {
        Console.Error(message);
        return true;
    }

    private bool TryReadNodes(ParseResult parseResult, out List<Xname> nodes)
    {
        nodes = [];
        var valid = true;
        foreach (var text in parseResult.GetValue(s_nodes) ?? [])
        {
            if (Xname.TryParse(text, out var node, out var error))
            {
                nodes.Add(node);
            }
            else
            {
                valid = !Fail(error);
            }
        }

        nodes = [.. nodes.Distinct()];
        return valid;
    }

    private static async Task<List<(Xname Node, PowerTarget? Target, string? Error)>> FindAsync(
        PowerTargets targets, IReadOnlyList<Xname> nodes, int concurrency, CancellationToken cancellationToken)
    {
        var found = new (Xname, PowerTarget?, string?)[nodes.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, nodes.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var (target, error) = await targets.FindAsync(nodes[i], ct);
                found[i] = (nodes[i], target, error);
            });
        return [.. found];
    }

    private void Write(ParseResult parseResult, IReadOnlyList<(string? Bmc, NodeResult Result)> results)
    {
        if (parseResult.GetValue(_format) is { } format)
        {
            Console.WriteData(new JsonArray([.. results.Select(r => new JsonObject
            {
                ["xname"] = r.Result.Node.Value,
                ["bmc"] = r.Bmc,
                ["powerState"] = r.Result.PowerState,
                ["resetTypes"] = r.Result.ResetTypes is { } types ? new JsonArray([.. types.Select(t => JsonValue.Create(t))]) : null,
                ["succeeded"] = r.Result.Succeeded,
                ["error"] = r.Result.Error,
            })]), format);
            return;
        }

        var table = new Table().AddColumns("xname", "BMC", "power", "reset types", "result");
        foreach (var (bmc, result) in results)
        {
            table.AddRow(result.Node.Value, Markup.Escape(bmc ?? "-"), Markup.Escape(result.PowerState ?? "-"),
                Markup.Escape(result.ResetTypes is { } types ? string.Join(", ", types) : "-"),
                result.Succeeded ? "[green]ok[/]" : $"[red]{Markup.Escape(result.Error!)}[/]");
        }

        Console.WriteTable(table);
    }
}
