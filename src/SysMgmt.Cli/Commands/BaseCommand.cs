using System.CommandLine;

namespace SysMgmt.Cli.Commands;

/// <summary>A command whose action is <see cref="ExecuteAsync"/>, cancelled by Ctrl-C or SIGTERM.</summary>
internal abstract class BaseCommand : Command
{
    protected BaseCommand(string name, string description)
        : base(name, description)
    {
        SetAction(RunAsync);
    }

    protected abstract Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken);

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            return await ExecuteAsync(parseResult, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // System.CommandLine's own handler prints nothing for a cancellation and exits 1, the code of a usage
            // error: a cancellation nobody asked for (a stray timeout) would end the command without a word.
            await (parseResult.InvocationConfiguration.Error ?? Console.Error).WriteLineAsync(
                $"error: internal error in sysmgmt {Name} (please report it): {exception}");
            return ExitCodes.InternalError;
        }
    }
}
