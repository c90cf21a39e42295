using System.CommandLine;
using Spectre.Console;
using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary>
/// <c>secrets store ID</c>: encrypts credentials under ID. They come from standard input, from <c>-i FILE</c>, or
/// from a prompt with hidden input on a terminal; never from the command line, where every user could read them in
/// the process list (magellan's <c>store ID user:pass</c>).
/// </summary>
internal sealed class SecretsStoreCommand : SecretsSubcommand
{
    private static readonly Argument<string> s_id = new("id")
    {
        Description = $"The secret ID: a BMC as magellan's collect names it (https://host:port), or '{SecretStore.DefaultId}' for every BMC without its own",
    };

    // Declared only to refuse it with a reason: the value has already been exposed in the process list.
    private static readonly Argument<string?> s_refusedValue = new("value-refused")
    {
        Description = "Not accepted: pipe the credentials in or use -i (command lines are visible to every user)",
        Arity = ArgumentArity.ZeroOrOne,
        Hidden = true,
    };

    private static readonly Option<string> s_format = new Option<string>("--format", "-F")
    {
        Description = "How the input is written: basic (username:password), json ({\"username\":…,\"password\":…}) or base64 (of that JSON)",
        DefaultValueFactory = _ => "basic",
    }.AcceptOnlyFromAmong("basic", "json", "base64");

    private static readonly Option<FileInfo?> s_inputFile = new("--input-file", "-i")
    {
        Description = "Read the credentials from this file instead of standard input",
        HelpName = "path",
    };

    private readonly CliInput _input;

    public SecretsStoreCommand(CliConsole console, CliEnvironment environment, CliInput input)
        : base("store", "Store a BMC's credentials, read from standard input (or -i FILE, or typed at a hidden prompt)", console, environment)
    {
        _input = input;
        Arguments.Add(s_id);
        Arguments.Add(s_refusedValue);
        Options.Add(s_format);
        Options.Add(s_inputFile);
    }

    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var id = parseResult.GetValue(s_id)!;
        if (parseResult.GetValue(s_refusedValue) is not null)
        {
            Console.Error(
                "refusing a secret on the command line: arguments are visible to every user in the process list and kept in shell history. " +
                $"Nothing was stored. Pipe it in instead (printf '%s' 'user:pass' | sysmgmt secrets store {id}), use -i FILE, or run on a terminal to be prompted; " +
                "if that was a real password, consider it exposed.");
            return ExitCodes.InvalidUsage;
        }

        // The key first: no point in typing a password the store cannot keep.
        var store = OpenStore(parseResult);
        var credentials = await ReadCredentialsAsync(parseResult, cancellationToken);
        if (credentials is null)
        {
            return ExitCodes.InvalidUsage;
        }

        await store.StoreAsync(id, credentials, cancellationToken);
        Console.Messages.MarkupLineInterpolated($"Stored credentials of user {credentials.Username} as '{id}' in {store.File.Path}.");
        return ExitCodes.Success;
    }

    private async Task<RedfishCredentials?> ReadCredentialsAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var format = Enum.Parse<SecretInputFormat>(parseResult.GetValue(s_format)!, ignoreCase: true);
        string text;
        if (parseResult.GetValue(s_inputFile) is { } file)
        {
            try
            {
                text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Console.Error($"cannot read {file.FullName}: {exception.Message}");
                return null;
            }
        }
        else if (_input.IsTerminal)
        {
            return Prompt();
        }
        else
        {
            text = await _input.Reader.ReadToEndAsync(cancellationToken);
            if (text.Length == 0)
            {
                Console.Error("no credentials on standard input: pipe them in (printf '%s' 'user:pass' | sysmgmt secrets store ID), or give -i FILE");
                return null;
            }
        }

        try
        {
            return SecretInput.Parse(text, format);
        }
        catch (FormatException exception)
        {
            Console.Error($"the credentials are not in the {format.ToString().ToLowerInvariant()} format: {exception.Message}");
            return null;
        }
    }

    private RedfishCredentials? Prompt()
    {
        var username = Console.Messages.Prompt(new TextPrompt<string>("Username:"));
        var password = Console.Messages.Prompt(new TextPrompt<string>("Password:").Secret(null));
        if (Console.Messages.Prompt(new TextPrompt<string>("Password again:").Secret(null)) != password)
        {
            Console.Error("the passwords differ; nothing was stored");
            return null;
        }

        return new RedfishCredentials(username, password);
    }
}
