using System.CommandLine;
using Spectre.Console;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary><c>secrets remove ID…</c>: removes entries under the writers' lock; an ID that is not there is an error.</summary>
internal sealed class SecretsRemoveCommand : SecretsSubcommand
{
    private static readonly Argument<string[]> s_ids = new("id")
    {
        Description = "The secret IDs to remove",
        Arity = ArgumentArity.OneOrMore,
    };

    public SecretsRemoveCommand(CliConsole console, CliEnvironment environment)
        : base("remove", "Remove secrets by ID", console, environment)
    {
        Arguments.Add(s_ids);
    }

    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var ids = parseResult.GetValue(s_ids)!;
        // Removing needs no key: the IDs are in clear, and whoever may write the file may delete from it.
        var file = LocateFile(parseResult);
        var removed = await file.RemoveAsync(ids, cancellationToken);
        foreach (var id in removed)
        {
            Console.Messages.MarkupLineInterpolated($"Removed '{id}' from {file.Path}.");
        }

        foreach (var id in ids.Except(removed, StringComparer.Ordinal).Distinct(StringComparer.Ordinal))
        {
            Console.Error($"no secret '{id}' in {file.Path}");
        }

        return removed.Count == ids.Distinct(StringComparer.Ordinal).Count() ? ExitCodes.Success : ExitCodes.Unavailable;
    }
}
