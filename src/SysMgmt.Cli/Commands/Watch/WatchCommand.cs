using System.CommandLine;
using System.Text.Json.Nodes;
using Grpc.Core;
using Spectre.Console;
using SysMgmt.Cli.Commands.Smd;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Smd;
using SysMgmt.Inventory.Grpc.Following;

namespace SysMgmt.Cli.Commands.Watch;

/// <summary>
/// <c>sysmgmt watch</c>: tails SMD's inventory stream (docs/grpc.md). On a terminal, a live table of the changes;
/// redirected or with <c>--format</c>, one JSON object per line (or YAML documents). Reconnects by itself when
/// the stream breaks once it has started; Ctrl-C ends it.
/// </summary>
internal sealed class WatchCommand : BaseCommand
{
    private readonly Option<string?> _smdUrl = new("--smd")
    {
        Description = $"SMD's REST URL, read for the latest sequence (default: $SYSMGMT_SMD_URL, else {SmdConnection.DefaultUrl})",
        HelpName = "url",
    };

    private readonly Option<ulong?> _since = new("--since")
    {
        Description = "Print the changes after this sequence (default: from now on)",
        HelpName = "sequence",
    };

    private readonly Option<bool> _snapshot = new("--snapshot")
    {
        Description = "Print every node first (a snapshot), then the changes after it",
    };

    private readonly Option<DataFormat?> _format = FormatOption.Create("Print json lines or yaml documents instead of a live table");
    private readonly CliConsole _console;
    private readonly SmdConnection _smd;
    private readonly InventoryConnection _inventory;

    public WatchCommand(CliConsole console, CliEnvironment environment)
        : base("watch", "Follow SMD's inventory changes as they happen (a live table, or JSON lines when redirected)")
    {
        _console = console;
        _smd = new SmdConnection(environment);
        _inventory = new InventoryConnection(environment);
        Options.Add(_smdUrl);
        Options.Add(_inventory.Url);
        foreach (var option in _smd.Options)
        {
            Options.Add(option);
        }

        Options.Add(_since);
        Options.Add(_snapshot);
        Options.Add(_format);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var since = parseResult.GetValue(_since);
        var snapshot = parseResult.GetValue(_snapshot);
        if (since is not null && snapshot && Fail("--since and --snapshot exclude each other: a snapshot is followed from its own sequence")
            || !_inventory.TryParseUrl(parseResult, out var grpcUrl, out var error) && Fail(error)
            || !_smd.TryParseUrl(parseResult.GetValue(_smdUrl), out var restUrl, out error) && Fail(error)
            || !_smd.TryCreateOptions(parseResult, restUrl, out var smdOptions, out error) && Fail(error))
        {
            return ExitCodes.InvalidUsage;
        }

        try
        {
            var startAfter = snapshot ? null : since ?? await LatestSequenceAsync(smdOptions, cancellationToken);
            if (!snapshot && startAfter is null)
            {
                return ExitCodes.Unavailable;
            }

            var format = parseResult.GetValue(_format);
            var table = format is null && _console.Interactive ? new TableSink(rows: 30) : null;
            IInventorySink sink = table is not null ? table : new LineSink(_console.Output, format ?? DataFormat.Json, snapshot);
            using var follower = new InventoryFollower(new InventoryFollowerOptions
            {
                Address = grpcUrl,
                TokenSource = _ => ValueTask.FromResult(smdOptions.Token),
                StartAfter = startAfter,
                FailIfFirstConnectionFails = true,
                HttpHandler = InventoryConnection.Handler(smdOptions.CaFile),
            }, sink, new MessagesLogger(_console));
            if (table is null)
            {
                var running = follower.RunAsync(cancellationToken);
                if (await Task.WhenAny(follower.Synchronized, running) == follower.Synchronized)
                {
                    _console.Messages.MarkupLineInterpolated(
                        $"[grey]watching SMD at {grpcUrl} after sequence {follower.Status.LastSequence} (Ctrl-C to stop)[/]");
                }

                await running;
            }
            else
            {
                await _console.LiveAsync(table.Table, context =>
                {
                    table.Context = context;
                    return follower.RunAsync(cancellationToken);
                });
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
        catch (RpcException exception)
        {
            _console.Error(InventoryConnection.Describe(grpcUrl, exception));
            return ExitCodes.Unavailable;
        }
    }

    /// <summary>SMD's newest sequence (watching starts after it), or null after printing why there is none.</summary>
    private async Task<ulong?> LatestSequenceAsync(SmdClientOptions options, CancellationToken cancellationToken)
    {
        using var smd = new SmdClient(options);
        var answer = await smd.GetAsync("hsm/v2/changes?limit=0", cancellationToken);
        if (answer.IsSuccess && answer.Body?["LatestSequence"] is JsonValue latest && latest.TryGetValue<long>(out var sequence))
        {
            return (ulong)sequence;
        }

        _console.Error($"cannot read SMD's latest sequence from {smd.BaseAddress}: {answer.Describe()}");
        return null;
    }

    private bool Fail(string message)
    {
        _console.Error(message);
        return true;
    }
}
