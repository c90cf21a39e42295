using System.CommandLine;
using Microsoft.Extensions.Options;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Bmcs;

/// <summary>
/// The options of a command that works on many BMCs: credentials (<see cref="BmcCredentialOptions"/>), TLS
/// (<see cref="BmcTlsOptions"/>), <c>--concurrency</c> and <c>--timeout</c>; and <see cref="OpenAsync"/>, which
/// turns them into a <see cref="BmcAccess"/>. Create one per command.
/// </summary>
internal sealed class BmcAccessOptions(CliConsole console, CliInput input, CliEnvironment environment)
{
    public BmcCredentialOptions Credentials { get; } = new(console, input, environment);

    public BmcTlsOptions Tls { get; } = new(console);

    public Option<int> Concurrency { get; } = new("--concurrency", "-j")
    {
        Description = "BMCs worked on at the same time",
        HelpName = "count",
        DefaultValueFactory = _ => 16,
    };

    public Option<double> Timeout { get; } = new("--timeout", "-t")
    {
        Description = "Seconds one request to a BMC may take (retried up to 3 times)",
        HelpName = "seconds",
        DefaultValueFactory = _ => 30,
    };

    public void AddTo(Command command)
    {
        Credentials.AddTo(command);
        Tls.AddTo(command);
        command.Options.Add(Concurrency);
        command.Options.Add(Timeout);
    }

    /// <summary>
    /// Clients and credentials for this command line, or null after writing why to stderr (exit with
    /// <see cref="ExitCodes.InvalidUsage"/>). <paramref name="configure"/> adjusts the client options further (a longer
    /// per-BMC deadline for firmware updates).
    /// </summary>
    public async Task<BmcAccess?> OpenAsync(ParseResult parseResult, Action<RedfishClientOptions>? configure, CancellationToken cancellationToken)
    {
        var concurrency = parseResult.GetValue(Concurrency);
        var timeout = parseResult.GetValue(Timeout);
        var options = new RedfishClientOptions { RequestTimeout = TimeSpan.FromSeconds(Math.Clamp(timeout, 0.001, 3600)) };
        var valid = Tls.TryApply(parseResult, options);
        if (concurrency < 1)
        {
            console.Error($"--concurrency must be at least 1, not {concurrency}");
            valid = false;
        }

        if (timeout <= 0)
        {
            console.Error($"--timeout must be a positive number of seconds, not {timeout}");
            valid = false;
        }

        if (!valid || await Credentials.CreateResolverAsync(parseResult, cancellationToken) is not { } resolver)
        {
            return null;
        }

        configure?.Invoke(options);
        var clients = new RedfishClientFactory(Options.Create(options));
        return new BmcAccess(clients, new BmcBatch(clients, resolver), concurrency);
    }
}
