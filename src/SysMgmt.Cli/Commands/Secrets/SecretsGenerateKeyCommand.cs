using System.CommandLine;
using SysMgmt.Discovery.Secrets;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary><c>secrets generatekey</c>: prints a new master key (printing it is its job).</summary>
internal sealed class SecretsGenerateKeyCommand(CliConsole console, CliEnvironment environment)
    : SecretsSubcommand("generatekey", $"Print a new 32-byte master key in hex: export {MasterKey.EnvironmentVariable}=$(sysmgmt secrets generatekey)", console, environment)
{
    protected override Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        Console.Output.WriteLine(MasterKey.GenerateHex());
        Console.Output.Flush();
        return Task.FromResult(ExitCodes.Success);
    }
}
