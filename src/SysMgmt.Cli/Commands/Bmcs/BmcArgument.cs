using System.CommandLine;
using SysMgmt.Discovery.Bmcs;

namespace SysMgmt.Cli.Commands.Bmcs;

/// <summary>The positional BMCs of a command (<c>10.1.0.2</c>, <c>bmc1:8443</c>, <c>https://10.1.0.2</c>).</summary>
internal static class BmcArgument
{
    /// <summary>A new argument: commands must not share one instance.</summary>
    public static Argument<string[]> Create(string description = "BMCs: host, host:port or https://host[:port] (HTTPS and port 443 by default)") => new("bmc")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The BMCs' base URLs, without duplicates; null after writing every bad one to stderr.</summary>
    public static IReadOnlyList<Uri>? Parse(ParseResult parseResult, Argument<string[]> argument, CliConsole console)
    {
        var bmcs = new List<Uri>();
        var valid = true;
        foreach (var text in parseResult.GetValue(argument) ?? [])
        {
            if (BmcAddress.TryParse(text, out var bmc, out var error))
            {
                bmcs.Add(bmc.BaseUri);
            }
            else
            {
                console.Error(error);
                valid = false;
            }
        }

        return valid ? [.. bmcs.Distinct()] : null;
    }
}
