using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using SysMgmt.Cli.Commands;
using SysMgmt.Cli.Commands.Discover;
using SysMgmt.Cli.Commands.Firmware;
using SysMgmt.Cli.Commands.Power;
using SysMgmt.Cli.Commands.Secrets;

namespace SysMgmt.Cli;

internal static class CliServiceCollectionExtensions
{
    /// <summary>The commands and what they write to: data to stdout, people and logs to stderr.</summary>
    public static IServiceCollection AddSysMgmtCommands(this IServiceCollection services, TextWriter? output = null, TextWriter? error = null)
    {
        var messages = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error ?? Console.Error) });
        if (error is not null || Console.IsErrorRedirected)
        {
            // A log file or a pipe gets one line per message, not lines wrapped at 80 columns.
            messages.Profile.Width = 240;
        }

        services.AddSingleton(new CliConsole(output ?? Console.Out, messages, interactive: output is null && !Console.IsOutputRedirected));
        services.AddSingleton(new CliInput(Console.In, isTerminal: !Console.IsInputRedirected));
        services.AddSingleton(CliEnvironment.Process);
        services.AddSingleton<EmulateCommand>();
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
        services.AddSingleton<SysMgmtRootCommand>();
        return services;
    }
}
