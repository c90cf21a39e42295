using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Cli.Commands.Bmcs;
using SysMgmt.Cli.Commands.Smd;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.Files;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Naming;
using SysMgmt.Discovery.Output;
using SysMgmt.Discovery.Smd;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// <c>sysmgmt discover collect [bmc…]</c>: walks each BMC (given, or found by <c>scan</c>) and turns what it holds
/// into SMD's payloads, which go to SMD (<c>--send</c>), to files (<c>--output</c>, <c>--output-dir</c>), or to
/// standard output. One failing BMC never stops the others; the exit code says whether all succeeded.
/// </summary>
internal sealed class CollectCommand : BaseCommand
{
    private static readonly Argument<string[]> s_bmcs = new("bmc")
    {
        Description = "BMCs to collect (host, host:port or https://host:port); default: the BMCs the last scans found",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> s_send = new("--send")
    {
        Description = $"Send the payloads to SMD at this URL (alone: $SYSMGMT_SMD_URL, else {SmdConnection.DefaultUrl})",
        Arity = ArgumentArity.ZeroOrOne,
        HelpName = "url",
    };

    private static readonly Option<string?> s_output = new("--output", "-o")
    {
        Description = "Write all payloads to this file (one array; the format follows --format, else the extension)",
        HelpName = "path",
    };

    private static readonly Option<string?> s_outputDir = new("--output-dir", "-O")
    {
        Description = "Write each BMC's payload to <dir>/<xname>/<unix time>.<json|yaml>",
        HelpName = "dir",
    };

    private static readonly Option<bool> s_show = new("--show")
    {
        Description = "Also print the payloads on standard output when sending or writing files",
    };

    private static readonly Option<string?> s_idMap = new("--bmc-id-map", "-m")
    {
        Description = "BMC xnames by IP or MAC: a JSON/YAML file (magellan's {map_key, id_map} form; '@file' works too) or inline JSON",
        HelpName = "file",
    };

    private static readonly Option<int> s_concurrency = new("--concurrency", "-j")
    {
        Description = "BMCs collected at once",
        DefaultValueFactory = _ => 64,
    };

    private static readonly Option<double> s_timeout = new("--timeout", "-t")
    {
        Description = "Seconds one request to a BMC may take",
        DefaultValueFactory = _ => 10,
    };

    private static readonly Option<double> s_deadline = new("--deadline")
    {
        Description = "Seconds all of one BMC's collection may take",
        DefaultValueFactory = _ => 300,
    };

    private static readonly Option<string> s_scheme = new Option<string>("--scheme")
    {
        Description = "Scheme for BMCs given without one",
        DefaultValueFactory = _ => "https",
    }.AcceptOnlyFromAmong("https", "http");

    private readonly CliConsole _console;
    private readonly BmcCredentialOptions _credentials;
    private readonly BmcTlsOptions _tls;
    private readonly SmdConnection _smd;
    private readonly Option<DataFormat?> _format = FormatOption.Create("Format of the payloads written (default json)");
    private readonly Option<string> _cache = CacheOption.Create();

    public CollectCommand(CliConsole console, CliInput input, CliEnvironment environment)
        : base("collect", "Walk BMCs over Redfish and turn what they hold into SMD payloads: send them (--send), save them, or print them")
    {
        _console = console;
        _credentials = new BmcCredentialOptions(console, input, environment);
        _tls = new BmcTlsOptions(console);
        _smd = new SmdConnection(environment);
        Arguments.Add(s_bmcs);
        foreach (var option in (Option[])[s_send, .. _smd.Options, s_output, s_outputDir, _format, s_show, s_idMap, _cache, s_concurrency, s_timeout, s_deadline, s_scheme])
        {
            Options.Add(option);
        }

        _credentials.AddTo(this);
        _tls.AddTo(this);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var redfish = new RedfishClientOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(parseResult.GetValue(s_timeout)),
            BmcDeadline = TimeSpan.FromSeconds(parseResult.GetValue(s_deadline)),
        };
        if (!TryReadLimits(parseResult, redfish) || !_tls.TryApply(parseResult, redfish) || !TryReadIdMap(parseResult, out var idMap)
            || await ReadTargetsAsync(parseResult, cancellationToken) is not { } bmcs)
        {
            return ExitCodes.InvalidUsage;
        }

        var sending = parseResult.GetResult(s_send) is not null;
        SmdClientOptions? smdOptions = null;
        if (sending && !(_smd.TryParseUrl(parseResult.GetValue(s_send), out var url, out var error) && _smd.TryCreateOptions(parseResult, url, out smdOptions, out error)))
        {
            _console.Error(error);
            return ExitCodes.InvalidUsage;
        }

        var resolver = await _credentials.CreateResolverAsync(parseResult, cancellationToken);
        if (resolver is null)
        {
            return ExitCodes.InvalidUsage;
        }

        using var smd = smdOptions is null ? null : new SmdClient(smdOptions);
        if (smd is not null && await smd.CheckReadyAsync(cancellationToken) is { } notReady)
        {
            _console.Error($"{notReady}; nothing was collected");
            return ExitCodes.Unavailable;
        }

        var format = parseResult.GetValue(_format) ?? (parseResult.GetValue(s_output) is { } file ? StructuredText.FromExtension(file) : DataFormat.Json);
        using var clients = new RedfishClientFactory(Microsoft.Extensions.Options.Options.Create(redfish));
        var run = new CollectionRun(
            new BmcCollector(clients, new BmcNaming(idMap)),
            address => resolver.Resolve(address.BaseUri) is var found && found.Credentials is { } account ? (account, null) : (null, found.Problem),
            smd is null ? null : new InventorySender(smd),
            parseResult.GetValue(s_outputDir) is { } directory ? new PayloadWriter(directory, format, TimeProvider.System) : null,
            TimeProvider.System);

        var watch = Stopwatch.StartNew();
        var reports = await BmcReportView.RunAsync(_console, "Collecting BMCs", bmcs.Count,
            progress => run.RunAsync(bmcs, parseResult.GetValue(s_concurrency), progress, cancellationToken));
        BmcReportView.Summary(_console, reports, watch.Elapsed);

        var payloads = new JsonArray([.. reports.Where(r => r.IsSuccess && r.Collection is not null).Select(r => BmcPayload.From(r.Collection!).ToDocument())]);
        if (parseResult.GetValue(s_output) is { } output && !await TryWriteAsync(output, payloads, format, cancellationToken))
        {
            return ExitCodes.Unavailable;
        }

        if (parseResult.GetValue(s_show) || (!sending && parseResult.GetValue(s_output) is null && parseResult.GetValue(s_outputDir) is null))
        {
            _console.WriteData(payloads, format);
        }

        return reports.All(r => r.IsSuccess) ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>The BMCs named on the command line, else those the scans found (the cache's entries found last time).</summary>
    private async Task<List<BmcAddress>?> ReadTargetsAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var given = parseResult.GetValue(s_bmcs) ?? [];
        IEnumerable<string> texts = given;
        if (given.Length == 0)
        {
            try
            {
                texts = (await new DiscoveryCache(parseResult.GetValue(_cache)!).ReadAsync(cancellationToken)).Where(b => b.State).Select(b => b.Url);
            }
            catch (DiscoveryCacheException exception)
            {
                CacheOption.Report(_console, exception);
                return null;
            }
        }

        var bmcs = new List<BmcAddress>();
        foreach (var text in texts)
        {
            if (!BmcAddress.TryParse(text, parseResult.GetValue(s_scheme)!, out var address, out var error))
            {
                _console.Error(error);
                return null;
            }

            bmcs.Add(address);
        }

        if (bmcs.Count == 0)
        {
            _console.Error($"no BMCs to collect: name them, or find them first with 'sysmgmt discover scan' (the cache {parseResult.GetValue(_cache)} lists none)");
            return null;
        }

        return [.. bmcs.Distinct()];
    }

    private bool TryReadLimits(ParseResult parseResult, RedfishClientOptions redfish)
    {
        var problems = new List<string>();
        if (parseResult.GetValue(s_concurrency) is var concurrency && concurrency < 1)
        {
            problems.Add($"--concurrency must be at least 1, not {concurrency}");
        }

        if (parseResult.GetValue(s_timeout) is not (> 0 and <= 3600) and var timeout)
        {
            problems.Add($"--timeout must be between 0 and 3600 seconds, not {timeout}");
        }

        if (parseResult.GetValue(s_deadline) is not (> 0 and <= 86400) and var deadline)
        {
            problems.Add($"--deadline must be between 0 and 86400 seconds, not {deadline}");
        }

        foreach (var problem in problems)
        {
            _console.Error(problem);
        }

        return problems.Count == 0;
    }

    private bool TryReadIdMap(ParseResult parseResult, out BmcIdMap? map)
    {
        map = null;
        if (parseResult.GetValue(s_idMap) is not { } source)
        {
            return true;
        }

        try
        {
            map = BmcIdMap.Load(source);
            return true;
        }
        catch (FormatException exception)
        {
            _console.Error(exception.Message);
            return false;
        }
    }

    private async Task<bool> TryWriteAsync(string path, JsonArray payloads, DataFormat format, CancellationToken cancellationToken)
    {
        try
        {
            await AtomicFile.WriteAllTextAsync(path, StructuredText.Write(payloads, format), cancellationToken);
            _console.Messages.MarkupLineInterpolated($"Wrote {payloads.Count} payloads to {path}.");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _console.Error($"cannot write {path}: {exception.Message}");
            return false;
        }
    }
}
