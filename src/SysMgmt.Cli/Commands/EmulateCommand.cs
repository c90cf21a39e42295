using System.CommandLine;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.Cli.Commands;

/// <summary><c>sysmgmt emulate</c>: serves Redfish mockups as live BMCs until Ctrl-C.</summary>
internal sealed class EmulateCommand : BaseCommand
{
    private static readonly Option<string[]> s_mockup = new("--mockup")
    {
        Description = "A tall-form Redfish mockup directory (<dir>/redfish/v1/index.json); repeat to use several in turn",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> s_address = new("--address")
    {
        Description = "IPv4 address of the first BMC",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    private static readonly Option<int> s_port = new("--port")
    {
        Description = "Port every BMC listens on (the first port with --per-port)",
        DefaultValueFactory = _ => 443,
    };

    private static readonly Option<int> s_count = new("--count")
    {
        Description = "Number of BMCs, on consecutive addresses from --address",
        DefaultValueFactory = _ => 1,
    };

    private static readonly Option<bool> s_perPort = new("--per-port")
    {
        Description = "Put the BMCs on consecutive ports from --port, all on --address",
    };

    private static readonly Option<bool> s_http = new("--http")
    {
        Description = "Serve plain HTTP instead of HTTPS",
    };

    private static readonly Option<string> s_username = new("--username")
    {
        Description = "Username every BMC accepts",
        DefaultValueFactory = _ => BmcCredentials.Default.Username,
    };

    private static readonly Option<string> s_password = new("--password")
    {
        Description = "Password every BMC accepts",
        DefaultValueFactory = _ => BmcCredentials.Default.Password,
    };

    private static readonly Option<string[]> s_fault = new("--fault")
    {
        Description = $"Inject faults into one BMC: {BmcFaultSpec.Syntax}",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<int> s_pageSize = new("--page-size")
    {
        Description = "Members per collection page (Members@odata.nextLink); 0 serves whole collections",
    };

    private static readonly Option<double> s_taskSeconds = new("--task-seconds")
    {
        Description = "How long a SimpleUpdate task runs before it completes",
        DefaultValueFactory = _ => 2,
    };

    private static readonly Option<string?> s_caCert = new("--ca-cert")
    {
        Description = "Where to write the PEM of the CA that signs the BMC certificates (default: a file in the temp directory)",
    };

    private readonly CliConsole _console;

    public EmulateCommand(CliConsole console)
        : base("emulate", "Serve Redfish mockups as live BMCs (HTTPS by default), many at once, until Ctrl-C")
    {
        _console = console;
        foreach (var option in (Option[])[s_mockup, s_address, s_port, s_count, s_perPort, s_http, s_username, s_password, s_fault, s_pageSize, s_taskSeconds, s_caCert])
        {
            Options.Add(option);
        }
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!TryReadOptions(parseResult, out var options))
        {
            return ExitCodes.InvalidUsage;
        }

        EmulatorHost emulator;
        try
        {
            // Logs go to stderr with the other messages; stdout carries only the BMC URLs.
            emulator = await EmulatorHost.StartAsync(
                options,
                logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning),
                cancellationToken: cancellationToken);
        }
        catch (EmulatorStartException exception)
        {
            _console.Error(exception.Message);
            return ExitCodes.Unavailable;
        }

        await using (emulator)
        {
            var caFile = await WriteAuthorityAsync(emulator, parseResult.GetValue(s_caCert), options, cancellationToken);
            EmulatorSummary.Write(_console, emulator, options, caFile);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                var served = emulator.Bmcs.Sum(b => b.RequestCount);
                _console.Messages.MarkupLineInterpolated(
                    $"Stopping. Served {served} requests to {emulator.Bmcs.Count} BMCs ({(double)served / emulator.Bmcs.Count:0.0} per BMC).");
            }
        }

        return ExitCodes.Success;
    }

    private bool TryReadOptions(ParseResult parseResult, out EmulatorOptions options)
    {
        options = new EmulatorOptions
        {
            Mockups = parseResult.GetValue(s_mockup) ?? [],
            Address = parseResult.GetValue(s_address)!,
            Port = parseResult.GetValue(s_port),
            Count = parseResult.GetValue(s_count),
            Layout = parseResult.GetValue(s_perPort) ? EmulatorLayout.ConsecutivePorts : EmulatorLayout.ConsecutiveAddresses,
            Http = parseResult.GetValue(s_http),
            Username = parseResult.GetValue(s_username)!,
            Password = parseResult.GetValue(s_password)!,
            PageSize = parseResult.GetValue(s_pageSize),
            TaskDuration = TimeSpan.FromSeconds(Math.Max(0, parseResult.GetValue(s_taskSeconds))),
        };
        var errors = new List<string>();
        foreach (var spec in parseResult.GetValue(s_fault) ?? [])
        {
            if (BmcFaultSpec.TryParse(spec, out var index, out var faults, out var error))
            {
                options.Faults[index] = faults;
            }
            else
            {
                errors.Add(error);
            }
        }

        errors.AddRange(EmulatorOptionsValidator.Validate(options));
        errors.AddRange(options.Mockups.Where(m => !Directory.Exists(m)).Select(m => $"mockup directory '{m}' does not exist"));
        foreach (var error in errors)
        {
            _console.Error(error);
        }

        return errors.Count == 0;
    }

    private static async Task<string?> WriteAuthorityAsync(EmulatorHost emulator, string? path, EmulatorOptions options, CancellationToken cancellationToken)
    {
        if (emulator.Certificates is null)
        {
            return null;
        }

        path ??= Path.Combine(Path.GetTempPath(), $"sysmgmt-emulator-{options.Address}-{options.Port}-ca.pem");
        await File.WriteAllTextAsync(path, emulator.Certificates.AuthorityPem, cancellationToken);
        return Path.GetFullPath(path);
    }
}
