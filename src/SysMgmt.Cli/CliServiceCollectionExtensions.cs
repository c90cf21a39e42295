using Microsoft.Extensions.DependencyInjection;
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
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error ?? Console.Error) }),
            interactive: output is null && !Console.IsOutputRedirected));
        services.AddSingleton<EmulateCommand>();
        services.AddSingleton<DiscoverCommand>();
        services.AddSingleton<SysMgmtRootCommand>();
        return services;
    }
}
