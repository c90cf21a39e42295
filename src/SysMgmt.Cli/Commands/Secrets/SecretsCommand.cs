using System.CommandLine;
using SysMgmt.Discovery.Secrets;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary>
/// <c>sysmgmt secrets</c>: magellan's credential store (<c>generatekey | store | retrieve | list | remove</c>), in
/// magellan's file format. An unknown subcommand is an error (magellan #94 ignored it silently).
/// </summary>
internal sealed class SecretsCommand : Command
{
    /// <summary><c>-f/--file</c>, as in magellan, for every subcommand.</summary>
    public static readonly Option<string?> FileOption = new("--file", "-f")
    {
        Description = $"The secrets file (default: ${SecretsFile.EnvironmentVariable}, else {DisplayedDefault}); a magellan secrets file works as it is",
        HelpName = "path",
        Recursive = true,
    };

    public SecretsCommand(
        SecretsGenerateKeyCommand generateKey, SecretsStoreCommand store, SecretsRetrieveCommand retrieve, SecretsListCommand list, SecretsRemoveCommand remove)
        : base("secrets", $"Manage BMC credentials in an encrypted file (magellan's format; needs {MasterKey.EnvironmentVariable})")
    {
        Options.Add(FileOption);
        foreach (var subcommand in (Command[])[generateKey, store, retrieve, list, remove])
        {
            Subcommands.Add(subcommand);
        }
    }

    private static string DisplayedDefault => SecretsFile.DefaultPath.Replace(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "~", StringComparison.Ordinal);
}
