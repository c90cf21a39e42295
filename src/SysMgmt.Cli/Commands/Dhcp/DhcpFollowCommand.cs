using System.CommandLine;
using System.Text.Json.Nodes;
using Grpc.Core;
using Spectre.Console;
using SysMgmt.Cli.Commands.Smd;
using SysMgmt.Discovery.Smd;
using SysMgmt.Dhcp;
using SysMgmt.Dhcp.Config;
using SysMgmt.Dhcp.Following;
using SysMgmt.Dhcp.Hosts;
using SysMgmt.Inventory.Grpc.Following;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>
/// <c>sysmgmt dhcp follow</c>: follows SMD's inventory stream and keeps dnsmasq's host file equal to it (a snapshot,
/// then each change), until Ctrl-C; with <c>--once</c>, writes the file from one snapshot and exits. With
/// <c>--record-leases</c>, also records in SMD the pool addresses dnsmasq leases to interfaces SMD knows without one.
/// </summary>
internal sealed class DhcpFollowCommand : BaseCommand
{
    private static readonly Option<DirectoryInfo> s_directory = DhcpDirectoryOption.Create();

    private static readonly Option<string> s_lease = new("--lease")
    {
        Description = "Lease time for MACs that SMD knows (m, h or d; at least 2m)",
        DefaultValueFactory = _ => "12h",
    };

    private static readonly Option<bool> s_once = new("--once")
    {
        Description = "Write the host file from one snapshot and exit (for cron and tests)",
    };

    private static readonly Option<bool> s_recordLeases = new("--record-leases")
    {
        Description = "Record in SMD the pool address dnsmasq leases to an interface SMD knows without one (the token needs the write scope)",
    };

    private static readonly Option<string?> s_smd = new("--smd")
    {
        Description = "SMD's REST URL, for --record-leases (default: $SYSMGMT_SMD_URL, else http://127.0.0.1:27779)",
    };

    private readonly Option<SysMgmt.Discovery.Formats.DataFormat?> _format = FormatOption.Create("With --once, print the hosts as json or yaml instead of a table");
    private readonly CliConsole _console;
    private readonly SmdConnection _connection;
    private readonly InventoryConnection _inventory;

    public DhcpFollowCommand(CliConsole console, CliEnvironment environment)
        : base("follow", "Keep dnsmasq's host file (MAC → address and hostname) in step with SMD's inventory stream")
    {
        _console = console;
        _connection = new SmdConnection(environment);
        _inventory = new InventoryConnection(environment);
        Option[] options = [s_directory, _inventory.Url, s_lease, s_once, _format, s_recordLeases, s_smd, .. _connection.Options];
        foreach (var option in options)
        {
            Options.Add(option);
        }
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!LeaseTime.TryParse(parseResult.GetValue(s_lease), out var lease, out var error)
            || !_inventory.TryParseUrl(parseResult, out var url, out error)
            || !_connection.TryCreateOptions(parseResult, url, out var smd, out error))
        {
            _console.Error(error);
            return ExitCodes.InvalidUsage;
        }

        var once = parseResult.GetValue(s_once);
        if (!once && parseResult.GetValue(_format) is not null)
        {
            _console.Error("--format needs --once: following prints one message line per write");
            return ExitCodes.InvalidUsage;
        }

        var recordLeases = parseResult.GetValue(s_recordLeases);
        if (once && recordLeases)
        {
            _console.Error("--record-leases needs following: --once reads no leases");
            return ExitCodes.InvalidUsage;
        }

        Uri restUrl = null!;
        if (recordLeases && !_connection.TryParseUrl(parseResult.GetValue(s_smd), out restUrl, out error))
        {
            _console.Error(error);
            return ExitCodes.InvalidUsage;
        }

        var directory = new DhcpDirectory(parseResult.GetValue(s_directory)!.FullName);
        try
        {
            Directory.CreateDirectory(directory.HostsDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _console.Error($"cannot create {directory.HostsDirectory}: {exception.Message}");
            return ExitCodes.Unavailable;
        }

        var sink = new DhcpSink();
        var sync = new HostsSync(sink, new HostsWriter(directory, lease));
        using var follower = new InventoryFollower(
            new InventoryFollowerOptions
            {
                Address = url,
                TokenSource = _ => ValueTask.FromResult(smd.Token),
                FailIfFirstConnectionFails = true,
                HttpHandler = InventoryConnection.Handler(smd.CaFile),
            },
            sink,
            new MessagesLogger(_console));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var following = follower.RunAsync(stop.Token);
        try
        {
            if (await FirstSnapshotAsync(follower, following, cancellationToken) is { } refused)
            {
                _console.Error(InventoryConnection.Describe(url, refused.Code, refused.Detail));
                return ExitCodes.Unavailable;
            }

            if (once)
            {
                var (sequence, update) = sync.WriteOnce();
                Report(directory, sequence, update);
                Show(update.Hosts, parseResult.GetValue(_format));
                return ExitCodes.Success;
            }

            var writing = sync.RunAsync((sequence, update) => Report(directory, sequence, update), stop.Token);
            using var recorder = recordLeases ? new LeaseRecorder(new SmdClient(new SmdClientOptions { BaseUri = restUrl, Token = smd.Token, CaFile = smd.CaFile }), _console) : null;
            var recording = recorder is null
                ? Task.Delay(Timeout.Infinite, stop.Token)
                : new LeaseSync(sink, directory, TimeProvider.System).RunAsync(recorder.RecordAsync, recorder.Report, stop.Token);
            await await Task.WhenAny(following, writing, recording);
            return ExitCodes.Success; // not reached: both run until cancelled or failed
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
        catch (RpcException exception)
        {
            _console.Error(InventoryConnection.Describe(url, exception));
            return ExitCodes.Unavailable;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _console.Error($"cannot write {directory.HostsFile}: {exception.Message}");
            return ExitCodes.Unavailable;
        }
        finally
        {
            await stop.CancelAsync();
            await following.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Report(DhcpDirectory directory, ulong sequence, HostsUpdate update)
    {
        foreach (var problem in update.Problems)
        {
            _console.Warning(problem);
        }

        if (update.Changed)
        {
            _console.Messages.MarkupLineInterpolated(
                $"Wrote {update.Hosts.Count} hosts to {directory.HostsFile} (inventory sequence {sequence}{(update.Reloaded ? "; dnsmasq reloaded" : "")})");
        }
        else
        {
            _console.Messages.MarkupLineInterpolated($"Unchanged: {directory.HostsFile} ({update.Hosts.Count} hosts, inventory sequence {sequence})");
        }
        if (update.ReloadProblem is { } reloadProblem)
        {
            _console.Warning($"{reloadProblem}; removed hosts stay in dnsmasq until it reloads");
        }
    }

    private void Show(IReadOnlyList<DhcpHost> hosts, SysMgmt.Discovery.Formats.DataFormat? format)
    {
        if (format is { } dataFormat)
        {
            _console.WriteData(new JsonArray([.. hosts.Select(h => new JsonObject
            {
                ["mac"] = h.Mac,
                ["address"] = h.Address?.ToString(),
                ["hostname"] = h.Hostname,
                ["xname"] = h.Xname,
            })]), dataFormat);
            return;
        }

        var table = new Table().AddColumns("MAC", "address", "hostname", "xname");
        foreach (var host in hosts)
        {
            table.AddRow(host.Mac, host.Address?.ToString() ?? "(pool)", host.Hostname, host.Xname);
        }

        _console.WriteTable(table);
    }

    /// <summary>
    /// Waits for the first snapshot; returns why the first call failed instead, when it did. A refused token must
    /// stop the command rather than be retried for ever: the follower retries what fails after its first answer, and a
    /// refusal comes as an answer (trailers only).
    /// </summary>
    private static async Task<(StatusCode? Code, string Detail)?> FirstSnapshotAsync(InventoryFollower follower, Task following, CancellationToken cancellationToken)
    {
        while (true)
        {
            var done = await Task.WhenAny(follower.Synchronized, following, Task.Delay(50, cancellationToken));
            if (done == follower.Synchronized)
            {
                return null;
            }

            await done; // the follower failed (RpcException), or Ctrl-C
            if (follower.Status is { Synchronized: false, LastError: { } error })
            {
                var parts = error.Split(": ", 2);
                return Enum.TryParse<StatusCode>(parts[0], out var code) && parts.Length == 2 ? (code, parts[1]) : (null, error);
            }
        }
    }
}
