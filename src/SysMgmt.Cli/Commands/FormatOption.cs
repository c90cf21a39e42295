using System.CommandLine;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli.Commands;

/// <summary>The <c>--format</c> (<c>-F</c>, as in magellan) option of commands that print data.</summary>
internal static class FormatOption
{
    /// <summary>A new option: commands must not share one instance (System.CommandLine parents each option once).</summary>
    public static Option<DataFormat?> Create(string description = "Print data as json or yaml instead of a table") => new("--format", "-F")
    {
        Description = description,
        CustomParser = result => result.Tokens.Single().Value.ToLowerInvariant() switch
        {
            "json" => DataFormat.Json,
            "yaml" or "yml" => DataFormat.Yaml,
            var other => Fail(result, other),
        },
    };

    private static DataFormat? Fail(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError($"'{value}' is not a format: use json or yaml");
        return null;
    }
}
