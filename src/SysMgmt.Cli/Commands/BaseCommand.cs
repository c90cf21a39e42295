using System.CommandLine;

namespace SysMgmt.Cli.Commands;

/// <summary>A command whose action is <see cref="ExecuteAsync"/>, cancelled by Ctrl-C or SIGTERM.</summary>
internal abstract class BaseCommand : Command
{
    protected BaseCommand(string name, string description)
        : base(name, description)
    {
        SetAction((parseResult, cancellationToken) => ExecuteAsync(parseResult, cancellationToken));
    }

    protected abstract Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken);
}
