using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// <c>sysmgmt discover scan</c>: finds BMCs by TCP connect and an unauthenticated <c>GET /redfish/v1/</c>, records
/// them in the discovery cache, and prints them. Flags are magellan's where they make sense.
/// </summary>
internal sealed class ScanCommand : BaseCommand
{
    private static readonly Argument<string[]> s_hosts = new("hosts")
    {
        Description = "Hosts, host:port, URLs (https://10.0.0.5:8443) or CIDR blocks to scan; a port given here is the only one scanned there",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string[]> s_subnet = new("--subnet")
    {
        Description = "A CIDR block to scan (10.0.0.0/24; fd00::/120), or an IPv4 address that takes --subnet-mask; repeatable",
    };

    private static readonly Option<string> s_subnetMask = new("--subnet-mask")
    {
        Description = "The mask of an IPv4 --subnet given without a prefix: dotted or /length",
        DefaultValueFactory = _ => SubnetMask.Default,
    };

    private static readonly Option<string[]> s_port = new("--port")
    {
        Description = "A port to scan on every host [default: 443]; repeatable",
    };

    private static readonly Option<string> s_scheme = new("--scheme")
    {
        Description = "https or http, for hosts not given as URLs",
        DefaultValueFactory = _ => ScanSchemes.Https,
    };

    private static readonly Option<string[]> s_exclude = new("--exclude")
    {
        Description = "An address, CIDR block or range (10.0.0.1-10.0.0.9) never to contact; repeatable",
    };

    private static readonly Option<bool> s_allowLarge = new("--allow-large")
    {
        Description = $"Scan IPv4 blocks larger than /{ScanLimits.IPv4Prefix} and IPv6 blocks larger than /{ScanLimits.IPv6Prefix} (up to /{ScanLimits.IPv6PrefixAllowLarge})",
    };

    private static readonly Option<int> s_concurrency = new("--concurrency", "-j")
    {
        Description = "Targets (host and port) scanned at once: never more connections than this",
        DefaultValueFactory = _ => ScanOptions.DefaultConcurrency,
    };

    private static readonly Option<double> s_timeout = new("--timeout", "-t")
    {
        Description = "Seconds each connection attempt, and then each probe, may take (fractions allowed)",
        DefaultValueFactory = _ => 5,
    };

    private static readonly Option<bool> s_disableProbing = new("--disable-probing")
    {
        Description = "Report open ports without asking them for /redfish/v1/",
    };

    private static readonly Option<bool> s_disableCache = new("--disable-cache")
    {
        Description = "Do not record the results in the discovery cache",
    };

    private static readonly Option<bool> s_insecure = new("--insecure", "-i")
    {
        Description = "Accept any BMC certificate (prefer --cacert)",
    };

    private static readonly Option<string?> s_caCert = new("--cacert")
    {
        Description = "A PEM file of the CAs that BMC certificates must chain to, instead of the system store",
    };

    private static readonly Option<string?> s_output = new("--output", "-o")
    {
        Description = "Write the BMCs found to this file (JSON, or YAML for .yaml/.yml or with --format yaml)",
    };

    private readonly Option<string> _cache = CacheOption.Create();
    private readonly Option<DataFormat?> _format = FormatOption.Create();
    private readonly CliConsole _console;
    private readonly TimeProvider _time;

    public ScanCommand(CliConsole console, TimeProvider time)
        : base("scan", "Find BMCs: a TCP connection to each host and port, then an unauthenticated GET /redfish/v1/")
    {
        _console = console;
        _time = time;
        Arguments.Add(s_hosts);
        foreach (var option in (Option[])[s_subnet, s_subnetMask, s_port, s_scheme, s_exclude, s_allowLarge, s_concurrency, s_timeout,
                     s_disableProbing, s_disableCache, s_insecure, s_caCert, _cache, _format, s_output])
        {
            Options.Add(option);
        }
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!TryReadOptions(parseResult, out var plan, out var options))
        {
            return ExitCodes.InvalidUsage;
        }

        var cache = parseResult.GetValue(s_disableCache) ? null : new DiscoveryCache(parseResult.GetValue(_cache)!, _time);
        try
        {
            // Before the scan, not after it: a cache that cannot take the results should not cost a scan.
            await (cache?.CheckWritableAsync(cancellationToken) ?? Task.CompletedTask);
        }
        catch (DiscoveryCacheException exception)
        {
            CacheOption.Report(_console, exception);
            return ExitCodes.Unavailable;
        }

        var stopwatch = Stopwatch.StartNew();
        var results = new List<ScanResult>();
        var cancelled = false;
        try
        {
            await ScanAsync(plan, options, results, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        ScanSummary.Write(_console, results, plan.Count, stopwatch.Elapsed, cancelled);
        IReadOnlyList<DiscoveredBmc> found;
        try
        {
            // What a cancelled scan found so far is still true: it is recorded too.
            found = cache is null
                ? [.. results.Select(r => DiscoveredBmc.Create(r, _time.GetUtcNow())).OfType<DiscoveredBmc>().OrderBy(b => b.Target, ScanTargetOrder.Instance)]
                : [.. (await cache.RecordAsync(results, CancellationToken.None)).Where(b => b.State)];
        }
        catch (DiscoveryCacheException exception)
        {
            CacheOption.Report(_console, exception);
            return ExitCodes.Unavailable;
        }

        // Printed also after a cancel: what was found so far is worth having.
        if (!await TryWriteAsync(parseResult, found, CancellationToken.None))
        {
            return ExitCodes.Unavailable;
        }

        return cancelled ? ExitCodes.Cancelled
            : results.Any(r => r.Status is ScanStatus.Error or ScanStatus.TlsFailed) ? ExitCodes.Failed
            : ExitCodes.Success;
    }

    private async Task ScanAsync(ScanPlan plan, ScanOptions options, List<ScanResult> results, CancellationToken cancellationToken)
    {
        var scanner = new BmcScanner(options);
        if (!_console.Messages.Profile.Out.IsTerminal)
        {
            await foreach (var result in scanner.ScanAsync(plan, cancellationToken))
            {
                results.Add(result);
            }

            return;
        }

        await _console.Messages.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Scanning", maxValue: plan.Count);
                var found = 0;
                await foreach (var result in scanner.ScanAsync(plan, cancellationToken))
                {
                    results.Add(result);
                    found += result.Found ? 1 : 0;
                    task.Description = $"Scanning: {found:N0} found";
                    task.Increment(1);
                }
            });
    }

    private bool TryReadOptions(ParseResult parseResult, out ScanPlan plan, out ScanOptions options)
    {
        var errors = new List<string>();
        var ports = new List<int>();
        foreach (var text in RepeatableValues.Split(parseResult.GetValue(s_port)))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var port))
            {
                ports.Add(port);
            }
            else
            {
                errors.Add($"--port '{text}' is not a port number (1 to 65535)");
            }
        }

        var targets = new ScanTargetOptions
        {
            Hosts = parseResult.GetValue(s_hosts) ?? [],
            Subnets = RepeatableValues.Split(parseResult.GetValue(s_subnet)),
            SubnetMask = parseResult.GetValue(s_subnetMask)!,
            // 443 when no --port was given (or none was a number: that error is reported already).
            Ports = ports.Count > 0 ? ports : [443],
            Scheme = parseResult.GetValue(s_scheme)!,
            Exclusions = RepeatableValues.Split(parseResult.GetValue(s_exclude)),
            AllowLarge = parseResult.GetValue(s_allowLarge),
        };
        if (!ScanPlan.TryCreate(targets, out plan, out var planErrors))
        {
            errors.AddRange(planErrors);
        }

        var seconds = parseResult.GetValue(s_timeout);
        if (!double.IsFinite(seconds) || seconds <= 0 || seconds > 3600)
        {
            errors.Add($"--timeout {seconds.ToString(CultureInfo.InvariantCulture)} is not a number of seconds more than 0 and at most 3600");
            seconds = 5;
        }

        options = new ScanOptions
        {
            Concurrency = parseResult.GetValue(s_concurrency),
            Timeout = TimeSpan.FromSeconds(seconds),
            Probe = !parseResult.GetValue(s_disableProbing),
            Insecure = parseResult.GetValue(s_insecure),
            CaBundlePath = parseResult.GetValue(s_caCert),
        };
        errors.AddRange(options.Validate());
        if (parseResult.GetValue(s_output) is { } output && Path.GetDirectoryName(Path.GetFullPath(output)) is { } directory && !Directory.Exists(directory))
        {
            errors.Add($"--output '{output}': the directory {directory} does not exist");
        }

        foreach (var error in errors)
        {
            _console.Error(error);
        }

        return errors.Count == 0;
    }

    private async Task<bool> TryWriteAsync(ParseResult parseResult, IReadOnlyList<DiscoveredBmc> found, CancellationToken cancellationToken)
    {
        try
        {
            await BmcOutput.WriteAsync(_console, found, parseResult.GetValue(_format), parseResult.GetValue(s_output), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _console.Error($"cannot write {parseResult.GetValue(s_output)}: {exception.Message}");
            return false;
        }
    }
}
