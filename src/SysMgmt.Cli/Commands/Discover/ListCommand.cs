using System.CommandLine;
using Spectre.Console;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary><c>sysmgmt discover list</c>: the BMCs in the discovery cache, or <c>--clear</c> to empty it.</summary>
internal sealed class ListCommand : BaseCommand
{
    private static readonly Option<bool> s_clear = new("--clear")
    {
        Description = "Empty the discovery cache (also one that is not valid)",
    };

    private readonly Option<string> _cache = CacheOption.Create();
    private readonly Option<DataFormat?> _format = FormatOption.Create("Print the BMCs as json or yaml (magellan's scan records) instead of a table");
    private readonly CliConsole _console;

    public ListCommand(CliConsole console)
        : base("list", "Show the BMCs that scans found (the discovery cache)")
    {
        _console = console;
        Options.Add(_cache);
        Options.Add(_format);
        Options.Add(s_clear);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var cache = new DiscoveryCache(parseResult.GetValue(_cache)!);
        try
        {
            if (parseResult.GetValue(s_clear))
            {
                await cache.ClearAsync(cancellationToken);
                _console.Messages.MarkupLineInterpolated($"Emptied the discovery cache {cache.Path}.");
                return ExitCodes.Success;
            }

            var bmcs = await cache.ReadAsync(cancellationToken);
            await BmcOutput.WriteAsync(_console, bmcs, parseResult.GetValue(_format), outputFile: null, cancellationToken);
            if (_console.Interactive && parseResult.GetValue(_format) is null)
            {
                _console.Messages.MarkupLineInterpolated($"{bmcs.Count} BMCs ({bmcs.Count(b => b.State)} found by the last scan) in {cache.Path}.");
            }

            return ExitCodes.Success;
        }
        catch (DiscoveryCacheException exception)
        {
            CacheOption.Report(_console, exception);
            return ExitCodes.Unavailable;
        }
    }
}
