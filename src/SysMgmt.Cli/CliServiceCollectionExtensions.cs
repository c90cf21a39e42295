using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spectre.Console;
using SysMgmt.Cli.Commands;
using SysMgmt.Cli.Commands.Discover;

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
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EmulateCommand>();
        services.AddSingleton<ScanCommand>();
        services.AddSingleton<ListCommand>();
        services.AddSingleton<DiscoverCommand>();
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
