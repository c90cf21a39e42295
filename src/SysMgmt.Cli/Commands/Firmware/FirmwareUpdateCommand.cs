using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Cli.Commands.Bmcs;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Firmware;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli.Commands.Firmware;

/// <summary>
/// <c>sysmgmt firmware update BMC… --image-uri URI | --image-file FILE</c>: starts the update on every BMC (at most
/// <c>--concurrency</c> at once) and follows each Task to its end, unless <c>--no-wait</c>. A failing BMC is
/// reported in the final table with its reason; the exit code is non-zero when any failed.
/// </summary>
internal sealed class FirmwareUpdateCommand : BaseCommand
{
    private static readonly Option<string?> s_imageUri = new("--image-uri", "--firmware-uri", "--firmware-url")
    {
        Description = "URL the BMCs fetch the image from (UpdateService.SimpleUpdate ImageURI); --firmware-uri and --firmware-url are magellan's names",
        HelpName = "url",
    };

    private static readonly Option<FileInfo?> s_imageFile = new("--image-file")
    {
        Description = "Local image to upload to BMCs without SimpleUpdate (OpenBMC: HttpPushUri or MultipartHttpPushUri)",
        HelpName = "path",
    };

    private static readonly Option<string?> s_transferProtocol = new("--transfer-protocol")
    {
        Description = "SimpleUpdate TransferProtocol: HTTP, HTTPS, TFTP, SCP… (magellan's --scheme); default: from the URL",
        HelpName = "protocol",
    };

    private static readonly Option<string[]> s_targets = new("--targets")
    {
        Description = "Firmware inventory URIs to update (comma-separated or repeated); default: the BMC chooses",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "uri",
    };

    private static readonly Option<bool> s_noWait = new("--no-wait")
    {
        Description = "Return once each BMC has accepted the update, without following its Task",
    };

    private static readonly Option<double> s_pollInterval = new("--poll-interval")
    {
        Description = "Seconds between two reads of a running Task",
        HelpName = "seconds",
        DefaultValueFactory = _ => 2,
    };

    private static readonly Option<double> s_taskTimeout = new("--task-timeout")
    {
        Description = "Seconds all work with one BMC may take, the update's Task included",
        HelpName = "seconds",
        DefaultValueFactory = _ => 1800,
    };

    private readonly Argument<string[]> _bmcs = BmcArgument.Create();
    private readonly Option<DataFormat?> _format = FormatOption.Create("Print the outcome as json or yaml instead of a table");
    private readonly BmcAccessOptions _access;
    private readonly CliConsole _console;

    public FirmwareUpdateCommand(CliConsole console, CliInput input, CliEnvironment environment)
        : base("update", "Install firmware on BMCs: SimpleUpdate from --image-uri, or a push of --image-file where SimpleUpdate is missing (OpenBMC)")
    {
        _console = console;
        _access = new BmcAccessOptions(console, input, environment);
        Arguments.Add(_bmcs);
        foreach (var option in (Option[])[s_imageUri, s_imageFile, s_transferProtocol, s_targets, s_noWait, s_pollInterval, s_taskTimeout, _format])
        {
            Options.Add(option);
        }

        _access.AddTo(this);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var bmcs = BmcArgument.Parse(parseResult, _bmcs, _console);
        var request = ReadRequest(parseResult);
        var taskTimeout = parseResult.GetValue(s_taskTimeout);
        if (bmcs is null || request is null)
        {
            return ExitCodes.InvalidUsage;
        }

        using var access = await _access.OpenAsync(parseResult, o => o.BmcDeadline = TimeSpan.FromSeconds(Math.Clamp(taskTimeout, 1, 86_400)), cancellationToken);
        if (access is null)
        {
            return ExitCodes.InvalidUsage;
        }

        var format = parseResult.GetValue(_format);
        var updater = new FirmwareUpdater(request);
        var outcomes = await FirmwareProgressDisplay.RunAsync(
            _console, bmcs, fancy: _console.Interactive && format is null,
            progress => access.RunAsync(bmcs, (client, token) => updater.UpdateAsync(client, progress, token), cancellationToken));
        if (format is { } dataFormat)
        {
            _console.WriteData(new JsonArray([.. outcomes.Select(ToJson)]), dataFormat);
        }
        else
        {
            WriteTable(outcomes);
        }

        return outcomes.All(o => o.Succeeded) ? ExitCodes.Success : ExitCodes.Failed;
    }

    private FirmwareUpdateRequest? ReadRequest(ParseResult parseResult)
    {
        var imageUri = parseResult.GetValue(s_imageUri);
        var imageFile = parseResult.GetValue(s_imageFile);
        var pollInterval = parseResult.GetValue(s_pollInterval);
        var errors = new List<string>();
        if (imageUri is null && imageFile is null)
        {
            errors.Add("give the image: --image-uri URL (BMCs with SimpleUpdate fetch it) and/or --image-file FILE (pushed to BMCs without, such as OpenBMC)");
        }

        if (imageUri is not null && !Uri.TryCreate(imageUri, UriKind.Absolute, out _))
        {
            errors.Add($"--image-uri '{imageUri}' is not an absolute URL");
        }

        if (imageFile is not null && !imageFile.Exists)
        {
            errors.Add($"the image file {imageFile.FullName} does not exist");
        }

        if (pollInterval <= 0)
        {
            errors.Add($"--poll-interval must be a positive number of seconds, not {pollInterval}");
        }

        foreach (var error in errors)
        {
            _console.Error(error);
        }

        var targets = (parseResult.GetValue(s_targets) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return errors.Count > 0 ? null : new FirmwareUpdateRequest
        {
            ImageUri = imageUri,
            ImageFile = imageFile?.FullName,
            TransferProtocol = parseResult.GetValue(s_transferProtocol)?.ToUpperInvariant(),
            Targets = targets.Count > 0 ? targets : null,
            Wait = !parseResult.GetValue(s_noWait),
            PollInterval = TimeSpan.FromSeconds(pollInterval),
        };
    }

    private void WriteTable(IReadOnlyList<BmcOutcome<FirmwareUpdateResult>> outcomes)
    {
        var table = new Table().AddColumns("BMC", "result", "method", "task", "state", "reason");
        foreach (var outcome in outcomes)
        {
            var result = outcome.Result;
            table.AddRow(
                Markup.Escape(BmcAddress.Display(outcome.Bmc)),
                outcome.Succeeded ? "[green]ok[/]" : "[red]failed[/]",
                result?.Method.ToString() ?? "-",
                Markup.Escape(result?.TaskUri ?? "-"),
                Markup.Escape(result is null ? "-" : result.PercentComplete is { } percent ? $"{result.TaskState} {percent}%" : result.TaskState),
                Markup.Escape(outcome.Error ?? string.Empty));
        }

        _console.WriteTable(table);
        var failed = outcomes.Count(o => !o.Succeeded);
        _console.Messages.MarkupLineInterpolated($"{outcomes.Count - failed} of {outcomes.Count} BMCs updated{(failed > 0 ? $"; {failed} failed" : string.Empty)}.");
    }

    private static JsonObject ToJson(BmcOutcome<FirmwareUpdateResult> outcome) => new()
    {
        ["bmc"] = BmcAddress.Display(outcome.Bmc),
        ["succeeded"] = outcome.Succeeded,
        ["method"] = outcome.Result?.Method.ToString(),
        ["task"] = outcome.Result?.TaskUri,
        ["taskState"] = outcome.Result?.TaskState,
        ["percentComplete"] = outcome.Result?.PercentComplete,
        ["error"] = outcome.Error,
        ["errorKind"] = outcome.ErrorKind?.ToString(),
    };
}
