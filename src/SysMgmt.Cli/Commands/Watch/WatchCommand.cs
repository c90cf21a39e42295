using System.CommandLine;
using System.Text.Json.Nodes;
using Grpc.Core;
using SysMgmt.Cli.Commands.Smd;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Smd;
using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Redfish;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Cli.Commands.Watch;

/// <summary>
/// <c>sysmgmt watch</c>: tails SMD's inventory stream (docs/grpc.md). On a terminal, a live table of the changes;
/// redirected or with <c>--format</c>, one JSON object per line (or YAML documents). Reconnects by itself when
/// the stream breaks once it has started; Ctrl-C ends it.
/// </summary>
internal sealed class WatchCommand : BaseCommand
{
    public const string DefaultGrpcUrl = "http://127.0.0.1:27780";

    private readonly Option<string?> _smdUrl = new("--smd")
    {
        Description = $"SMD's REST URL, read for the latest sequence (default: $SYSMGMT_SMD_URL, else {SmdConnection.DefaultUrl})",
        HelpName = "url",
    };

    private readonly Option<string?> _grpcUrl = new("--smd-grpc")
    {
        Description = $"SMD's gRPC URL (default: $SYSMGMT_SMD_GRPC_URL, else {DefaultGrpcUrl})",
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
    private readonly CliEnvironment _environment;
    private readonly SmdConnection _smd;

    public WatchCommand(CliConsole console, CliEnvironment environment)
        : base("watch", "Follow SMD's inventory changes as they happen (a live table, or JSON lines when redirected)")
    {
        _console = console;
        _environment = environment;
        _smd = new SmdConnection(environment);
        Options.Add(_smdUrl);
        Options.Add(_grpcUrl);
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
            || !TryParseGrpcUrl(parseResult.GetValue(_grpcUrl), out var grpcUrl, out var error) && Fail(error)
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
                HttpHandler = Handler(smdOptions.CaFile),
            }, sink, new MessagesLogger(_console));
            if (table is null)
            {
                await follower.RunAsync(cancellationToken);
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
            _console.Error(Describe(grpcUrl, exception));
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

    private bool TryParseGrpcUrl(string? value, out Uri url, out string error)
    {
        var text = value is { Length: > 0 } ? value : _environment["SYSMGMT_SMD_GRPC_URL"] ?? DefaultGrpcUrl;
        if (Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https")
        {
            error = "";
            return true;
        }

        error = $"'{text}' is not SMD's gRPC URL: expected http(s)://host[:port]";
        return false;
    }

    private static SocketsHttpHandler? Handler(string? caFile)
    {
        if (caFile is null)
        {
            return null;
        }

        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan, KeepAlivePingDelay = TimeSpan.FromSeconds(30) };
        CertificateValidation.Apply(handler.SslOptions, new RedfishClientOptions { CaBundlePath = caFile });
        return handler;
    }

    private static string Describe(Uri url, RpcException exception) => exception.StatusCode switch
    {
        StatusCode.Unauthenticated => $"SMD at {url} refused the token: {exception.Status.Detail} (give one with --token, --token-file or $SYSMGMT_TOKEN)",
        StatusCode.PermissionDenied => $"SMD at {url} refused the token: {exception.Status.Detail}",
        StatusCode.Unavailable => $"SMD's gRPC endpoint at {url} is unreachable: {exception.Status.Detail}",
        _ => $"SMD at {url} answered {exception.StatusCode}: {exception.Status.Detail}",
    };

    private bool Fail(string message)
    {
        _console.Error(message);
        return true;
    }
}
