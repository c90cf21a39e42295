using System.CommandLine;
using SysMgmt.Discovery.Secrets;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary>What the <c>secrets</c> subcommands share: the file, the master key, and one way to report store errors.</summary>
internal abstract class SecretsSubcommand(string name, string description, CliConsole console, CliEnvironment environment)
    : BaseCommand(name, description)
{
    protected CliConsole Console { get; } = console;

    protected CliEnvironment Environment { get; } = environment;

    protected SecretsFile LocateFile(ParseResult parseResult) =>
        SecretsFile.Locate(parseResult.GetValue(SecretsCommand.FileOption), Environment[SecretsFile.EnvironmentVariable]);

    /// <exception cref="SecretStoreException"><c>MASTER_KEY</c> is missing or malformed.</exception>
    protected SecretStore OpenStore(ParseResult parseResult) =>
        new(LocateFile(parseResult), MasterKey.Parse(Environment[MasterKey.EnvironmentVariable]));

    protected sealed override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(parseResult, cancellationToken);
        }
        catch (SecretStoreException exception)
        {
            Console.Error(exception.Message);
            return ExitCodes.Unavailable;
        }
    }

    protected abstract Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken);
}
