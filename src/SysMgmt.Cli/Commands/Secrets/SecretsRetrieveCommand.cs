using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary>
/// <c>secrets retrieve ID</c>: the username, and that a password is set with its fingerprint (equal fingerprints,
/// equal passwords); the password itself only with <c>--reveal</c>.
/// </summary>
internal sealed class SecretsRetrieveCommand : SecretsSubcommand
{
    private static readonly Argument<string> s_id = new("id") { Description = "The secret ID" };

    private static readonly Option<bool> s_reveal = new("--reveal")
    {
        Description = "Print the password too (on standard output; mind who can see the screen or the file it goes to)",
    };

    private readonly Option<Discovery.Formats.DataFormat?> _format = FormatOption.Create("Print as json or yaml instead of lines");

    public SecretsRetrieveCommand(CliConsole console, CliEnvironment environment)
        : base("retrieve", "Show the username stored under an ID and whether a password is set (--reveal prints it)", console, environment)
    {
        Arguments.Add(s_id);
        Options.Add(s_reveal);
        Options.Add(_format);
    }

    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var id = parseResult.GetValue(s_id)!;
        var store = OpenStore(parseResult);
        var snapshot = await store.LoadAsync(cancellationToken);
        if (snapshot.Get(id) is not { } credentials)
        {
            Console.Error($"no secret '{id}' in {store.File.Path}");
            return ExitCodes.Unavailable;
        }

        var reveal = parseResult.GetValue(s_reveal);
        var fingerprint = snapshot.Fingerprint(credentials.Password);
        if (parseResult.GetValue(_format) is { } format)
        {
            var data = new JsonObject { ["id"] = id, ["username"] = credentials.Username, ["passwordFingerprint"] = fingerprint };
            if (reveal)
            {
                data["password"] = credentials.Password;
            }

            Console.WriteData(data, format);
            return ExitCodes.Success;
        }

        var table = new Table().HideHeaders().AddColumns("field", "value");
        table.AddRow("id", Markup.Escape(id));
        table.AddRow("username", Markup.Escape(credentials.Username));
        table.AddRow("password", reveal ? Markup.Escape(credentials.Password) : $"set (fingerprint {fingerprint}; --reveal prints it)");
        Console.WriteTable(table);
        return ExitCodes.Success;
    }
}
