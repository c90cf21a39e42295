using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spectre.Console;
using SysMgmt.Cli.Commands;
using SysMgmt.Cli.Commands.Dhcp;
using SysMgmt.Cli.Commands.Discover;
using SysMgmt.Cli.Commands.Firmware;
using SysMgmt.Cli.Commands.Power;
using SysMgmt.Cli.Commands.Secrets;
using SysMgmt.Cli.Commands.Watch;

namespace SysMgmt.Cli;

internal static class CliServiceCollectionExtensions
{
    /// <summary>The commands and what they write to: data to stdout, people and logs to stderr.</summary>
    public static IServiceCollection AddSysMgmtCommands(this IServiceCollection services, TextWriter? output = null, TextWriter? error = null)
    {
        services.AddSingleton(new CliConsole(
            output ?? Console.Out,
            MessagesConsole(error ?? Console.Error),
            interactive: output is null && !Console.IsOutputRedirected));
        services.AddSingleton(new CliInput(Console.In, isTerminal: !Console.IsInputRedirected));
        services.AddSingleton(CliEnvironment.Process);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EmulateCommand>();
        services.AddSingleton<ScanCommand>();
        services.AddSingleton<ListCommand>();
        services.AddSingleton<CollectCommand>();
        services.AddSingleton<CrawlCommand>();
        services.AddSingleton<SendCommand>();
        services.AddSingleton<DiscoverCommand>();
        services.AddSingleton<SecretsGenerateKeyCommand>();
        services.AddSingleton<SecretsStoreCommand>();
        services.AddSingleton<SecretsRetrieveCommand>();
        services.AddSingleton<SecretsListCommand>();
        services.AddSingleton<SecretsRemoveCommand>();
        services.AddSingleton<SecretsCommand>();
        services.AddSingleton<FirmwareUpdateCommand>();
        services.AddSingleton<FirmwareStatusCommand>();
        services.AddSingleton<FirmwareCommand>();
        services.AddSingleton<PowerStatusCommand>();
        services.AddSingleton<PowerCommand>();
        services.AddSingleton<DhcpConfigCommand>();
        services.AddSingleton<DhcpFollowCommand>();
        services.AddSingleton<DhcpCommand>();
        services.AddSingleton<WatchCommand>();
        services.AddSingleton<SysMgmtRootCommand>();
        return services;
    }

    private static IAnsiConsole MessagesConsole(TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        if (!console.Profile.Out.IsTerminal)
        {
            // Redirected to a log or a test: one message per line, not wrapped at 80 columns.
            console.Profile.Width = 4096;
        }

        return console;
    }
}
