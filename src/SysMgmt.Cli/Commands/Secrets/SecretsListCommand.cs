using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Discovery.Secrets;

namespace SysMgmt.Cli.Commands.Secrets;

/// <summary>
/// <c>secrets list</c>: the IDs and their usernames; never passwords, nor the encrypted values (magellan prints
/// those). Without <c>MASTER_KEY</c>, the IDs only.
/// </summary>
internal sealed class SecretsListCommand : SecretsSubcommand
{
    private readonly Option<Discovery.Formats.DataFormat?> _format = FormatOption.Create();

    public SecretsListCommand(CliConsole console, CliEnvironment environment)
        : base("list", "List the secret IDs and their usernames (never the passwords)", console, environment)
    {
        Options.Add(_format);
    }

    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var file = LocateFile(parseResult);
        var ids = (await file.ReadAsync(cancellationToken)).Keys.ToList();
        SecretSnapshot? snapshot = null;
        if (Environment[MasterKey.EnvironmentVariable] is null)
        {
            Console.Warning($"{MasterKey.EnvironmentVariable} is not set: listing IDs without usernames");
        }
        else
        {
            snapshot = await OpenStore(parseResult).LoadAsync(cancellationToken);
            ids = [.. snapshot.Ids];
        }

        var rows = ids.Select(id => (Id: id, Username: UsernameOf(snapshot, id))).ToList();
        if (parseResult.GetValue(_format) is { } format)
        {
            Console.WriteData(new JsonArray([.. rows.Select(r => new JsonObject { ["id"] = r.Id, ["username"] = r.Username })]), format);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("ID", "username");
        foreach (var (id, username) in rows)
        {
            table.AddRow(Markup.Escape(id), Markup.Escape(username ?? "-"));
        }

        Console.WriteTable(table);
        Console.Messages.MarkupLineInterpolated($"{rows.Count} {(rows.Count == 1 ? "secret" : "secrets")} in {file.Path}.");
        return ExitCodes.Success;
    }

    private string? UsernameOf(SecretSnapshot? snapshot, string id)
    {
        try
        {
            return snapshot?.Get(id)?.Username;
        }
        catch (SecretStoreException exception)
        {
            Console.Warning(exception.Message);
            return null;
        }
    }
}
