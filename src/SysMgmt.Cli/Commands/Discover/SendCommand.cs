using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using SysMgmt.Cli.Commands.Smd;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Smd;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// <c>sysmgmt discover send &lt;file…&gt;</c>: sends saved payloads (from <c>collect --output</c>/<c>--output-dir</c>,
/// or magellan's collect files: JSON or YAML, one object or an array) to SMD, each as collect --send would.
/// </summary>
internal sealed class SendCommand : BaseCommand
{
    private static readonly Argument<string[]> s_files = new("file")
    {
        Description = "Payload files (JSON or YAML; '-' reads standard input)",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> s_smd = new("--smd")
    {
        Description = $"SMD's URL (default: $SYSMGMT_SMD_URL, else {SmdConnection.DefaultUrl})",
    };

    private static readonly Option<int> s_concurrency = new("--concurrency", "-j")
    {
        Description = "Payloads sent at once",
        DefaultValueFactory = _ => 16,
    };

    private readonly CliConsole _console;
    private readonly SmdConnection _connection;

    private readonly CliInput _input;

    public SendCommand(CliConsole console, CliEnvironment environment, CliInput input)
        : base("send", "Send saved discovery payloads (collect --output files, or magellan's) to SMD")
    {
        _console = console;
        _input = input;
        _connection = new SmdConnection(environment);
        Arguments.Add(s_files);
        Options.Add(s_smd);
        Options.Add(s_concurrency);
        foreach (var option in _connection.Options)
        {
            Options.Add(option);
        }
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var concurrency = parseResult.GetValue(s_concurrency);
        if (concurrency < 1)
        {
            _console.Error($"--concurrency must be at least 1, not {concurrency}");
            return ExitCodes.InvalidUsage;
        }

        if (!_connection.TryParseUrl(parseResult.GetValue(s_smd), out var url, out var error)
            || !_connection.TryCreateOptions(parseResult, url, out var options, out error))
        {
            _console.Error(error);
            return ExitCodes.InvalidUsage;
        }

        var (payloads, unreadable) = await ReadAsync(parseResult.GetValue(s_files) ?? [], cancellationToken);
        foreach (var problem in unreadable)
        {
            _console.Error(problem);
        }

        using var smd = new SmdClient(options);
        if (await smd.CheckReadyAsync(cancellationToken) is { } notReady)
        {
            _console.Error(notReady);
            return ExitCodes.Unavailable;
        }

        var sender = new InventorySender(smd);
        var results = new SendResult[payloads.Count];
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, payloads.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await sender.SendAsync(payloads[i].Payload, ct));

        Show(payloads, results);
        var failed = results.Count(r => !r.IsSuccess) + unreadable.Count;
        _console.Messages.MarkupLineInterpolated(
            $"{payloads.Count - results.Count(r => !r.IsSuccess)} of {payloads.Count + unreadable.Count} payloads sent to {url}, {failed} failed, in {watch.Elapsed.TotalSeconds:0.0} s");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private void Show(IReadOnlyList<(string Source, BmcPayload Payload)> payloads, SendResult[] results)
    {
        var table = new Table().AddColumns("xname", "from", "result");
        for (var i = 0; i < payloads.Count; i++)
        {
            var result = results[i].IsSuccess
                ? $"{results[i].Action.ToString().ToLowerInvariant()}, {results[i].HardwareLocations} hardware locations"
                : results[i].Error!;
            if (_console.Messages.Profile.Capabilities.Interactive)
            {
                table.AddRow(payloads[i].Payload.Id.Value, Markup.Escape(payloads[i].Source),
                    results[i].IsSuccess ? $"[green]{Markup.Escape(result)}[/]" : $"[red]{Markup.Escape(result)}[/]");
            }
            else
            {
                _console.Messages.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(results[i].IsSuccess ? "ok" : "FAILED"),-6} {payloads[i].Payload.Id.Value} {payloads[i].Source} {result}"));
            }
        }

        if (_console.Messages.Profile.Capabilities.Interactive)
        {
            _console.Messages.Write(table);
        }
    }

    /// <summary>Every payload in the files; a file that cannot be read, or an entry that is not a payload, is a problem.</summary>
    private async Task<(List<(string Source, BmcPayload Payload)> Payloads, List<string> Problems)> ReadAsync(
        IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var payloads = new List<(string, BmcPayload)>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            System.Text.Json.Nodes.JsonNode? document;
            try
            {
                var text = file == "-" ? await _input.Reader.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(file, cancellationToken);
                document = StructuredText.Read(text);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                problems.Add($"{file}: {exception.Message}");
                continue;
            }

            var entries = document is System.Text.Json.Nodes.JsonArray array ? [.. array] : new[] { document };
            for (var i = 0; i < entries.Length; i++)
            {
                var source = entries.Length == 1 ? file : $"{file}[{i}]";
                if (BmcPayload.TryFromDocument(entries[i], out var payload, out var error))
                {
                    payloads.Add((source, payload));
                }
                else
                {
                    problems.Add($"{source}: {error}");
                }
            }
        }

        return (payloads, problems);
    }
}
