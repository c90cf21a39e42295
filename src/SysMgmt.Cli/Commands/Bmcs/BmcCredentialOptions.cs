using System.CommandLine;
using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Bmcs;

/// <summary>
/// The credential options of every command that logs in to BMCs (collect, crawl, power, firmware): a username and
/// a password for all BMCs, else the secrets store; and how they become a <see cref="BmcCredentialResolver"/>. The
/// password comes from a file, standard input or <c>SYSMGMT_BMC_PASSWORD</c>; <c>-p VALUE</c> works, as in
/// magellan, with a warning, because every user can read it in the process list. Create one per command (an
/// option belongs to one command).
/// </summary>
internal sealed class BmcCredentialOptions(CliConsole console, CliInput input, CliEnvironment environment)
{
    /// <summary>The environment variable holding the BMC password.</summary>
    public const string PasswordVariable = "SYSMGMT_BMC_PASSWORD";

    public Option<string?> Username { get; } = new("--username", "-u")
    {
        Description = "BMC username, for every BMC (alone, it replaces the username of each stored entry)",
    };

    public Option<string?> Password { get; } = new("--password", "-p")
    {
        Description = $"BMC password; visible to every user in the process list: prefer --password-file, --password-stdin or ${PasswordVariable}",
    };

    public Option<FileInfo?> PasswordFile { get; } = new("--password-file")
    {
        Description = "Read the BMC password from this file (its first line)",
        HelpName = "path",
    };

    public Option<bool> PasswordStdin { get; } = new("--password-stdin")
    {
        Description = "Read the BMC password from standard input",
    };

    public Option<string?> SecretsFile { get; } = new("--secrets-file")
    {
        Description = $"The secrets file with per-BMC credentials (default: ${Discovery.Secrets.SecretsFile.EnvironmentVariable}, else ~/.config/sysmgmt/secrets.json); needs {MasterKey.EnvironmentVariable}",
        HelpName = "path",
    };

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[Username, Password, PasswordFile, PasswordStdin, SecretsFile])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The resolver for this command line, or null after writing why to stderr (the command then exits with
    /// <see cref="ExitCodes.InvalidUsage"/>). The secrets file is read once, here, and only when the command line
    /// does not give both a username and a password.
    /// </summary>
    public async Task<BmcCredentialResolver?> CreateResolverAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var username = parseResult.GetValue(Username);
        var (password, passwordOk) = await ReadPasswordAsync(parseResult, cancellationToken);
        if (!passwordOk)
        {
            return null;
        }

        if (username is not null && password is not null)
        {
            return BmcCredentialResolver.Explicit(new RedfishCredentials(username, password));
        }

        var file = Discovery.Secrets.SecretsFile.Locate(parseResult.GetValue(SecretsFile), environment[Discovery.Secrets.SecretsFile.EnvironmentVariable]);
        if (!file.Exists)
        {
            var need = (username, password) switch
            {
                (not null, null) => $"no password for user '{username}': give it with --password-file, --password-stdin or ${PasswordVariable}",
                (null, not null) => "a password but no username: give --username",
                _ => $"no BMC credentials: give --username and a password (--password-file, --password-stdin or ${PasswordVariable})",
            };
            console.Error($"{need}, or store credentials with 'sysmgmt secrets store default' (the secrets file {file.Path} does not exist)");
            return null;
        }

        try
        {
            var store = new SecretStore(file, MasterKey.Parse(environment[MasterKey.EnvironmentVariable]));
            return new BmcCredentialResolver(await store.LoadAsync(cancellationToken), username, password);
        }
        catch (SecretStoreException exception)
        {
            console.Error($"{exception.Message} (reading BMC credentials from {file.Path})");
            return null;
        }
    }

    private async Task<(string? Password, bool Ok)> ReadPasswordAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var onCommandLine = parseResult.GetValue(Password);
        var file = parseResult.GetValue(PasswordFile);
        var fromStdin = parseResult.GetValue(PasswordStdin);
        if ((onCommandLine is not null ? 1 : 0) + (file is not null ? 1 : 0) + (fromStdin ? 1 : 0) > 1)
        {
            console.Error("give the BMC password one way only: --password, --password-file or --password-stdin");
            return (null, false);
        }

        if (onCommandLine is not null)
        {
            console.Warning($"--password is visible to every user of this machine in the process list; use --password-file, --password-stdin or ${PasswordVariable}");
            return (onCommandLine, true);
        }

        string? text;
        if (file is not null)
        {
            try
            {
                text = (await File.ReadAllLinesAsync(file.FullName, cancellationToken)).FirstOrDefault();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error($"cannot read the password file {file.FullName}: {exception.Message}");
                return (null, false);
            }
        }
        else if (fromStdin)
        {
            text = SecretInput.WithoutFinalNewline(await input.Reader.ReadToEndAsync(cancellationToken));
        }
        else
        {
            return (environment[PasswordVariable], true);
        }

        if (string.IsNullOrEmpty(text))
        {
            console.Error(file is not null ? $"the password file {file.FullName} is empty" : "no password on standard input");
            return (null, false);
        }

        return (text, true);
    }
}
