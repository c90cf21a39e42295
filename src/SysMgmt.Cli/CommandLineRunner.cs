using System.CommandLine;
using System.CommandLine.Invocation;
using SysMgmt.Cli.Commands;

namespace SysMgmt.Cli;

/// <summary>Parses and runs a command line; on a parse error, only the error (on stderr), not the whole help.</summary>
internal static class CommandLineRunner
{
    public static async Task<int> RunAsync(SysMgmtRootCommand root, string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var parseResult = root.Parse(args);
        var parseError = parseResult.Action as ParseErrorAction;
        if (parseError is not null)
        {
            // Help belongs on stdout when asked for; a mistake gets the reason and a pointer to --help.
            parseError.ShowHelp = false;
        }

        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);
        if (parseError is not null)
        {
            await (configuration.Error ?? Console.Error).WriteLineAsync($"Run '{string.Join(' ', CommandPath(parseResult).Reverse())} --help' for usage.");
        }

        return exitCode;
    }

    private static IEnumerable<string> CommandPath(ParseResult parseResult)
    {
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            yield return result.Command is RootCommand ? "sysmgmt" : result.Command.Name;
        }
    }
}
