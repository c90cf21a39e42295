using System.Globalization;
using Spectre.Console;
using SysMgmt.Core.Time;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// Discovered BMCs as <c>scan</c> and <c>list</c> print them: JSON or YAML with <c>--format</c> (or into the
/// <c>--output</c> file), a table on a terminal, and one tab-separated line per BMC when stdout is redirected.
/// </summary>
internal static class BmcOutput
{
    /// <exception cref="IOException">The output file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The output file cannot be written.</exception>
    public static async Task WriteAsync(CliConsole console, IReadOnlyList<DiscoveredBmc> bmcs, DataFormat? format, string? outputFile, CancellationToken cancellationToken)
    {
        if (outputFile is not null)
        {
            var fileFormat = format ?? StructuredText.FromExtension(outputFile);
            await File.WriteAllTextAsync(outputFile, StructuredText.Write(DiscoveredBmcJson.ToJson(bmcs), fileFormat), cancellationToken);
            console.Messages.MarkupLineInterpolated($"Wrote {bmcs.Count} BMCs to {outputFile}.");
        }
        else if (format is { } dataFormat)
        {
            console.WriteData(DiscoveredBmcJson.ToJson(bmcs), dataFormat);
        }
        else if (console.Interactive)
        {
            WriteTable(console, bmcs);
        }
        else
        {
            foreach (var bmc in bmcs)
            {
                console.Output.WriteLine(string.Join('\t', bmc.Url, bmc.Status, bmc.RedfishVersion ?? "-", bmc.Vendor ?? "-", bmc.Product ?? "-", Rfc3339.Format(bmc.LastSeen)));
            }

            console.Output.Flush();
        }
    }

    private static void WriteTable(CliConsole console, IReadOnlyList<DiscoveredBmc> bmcs)
    {
        if (bmcs.Count == 0)
        {
            return;
        }

        // Columns that no BMC fills are left out, and first sightings are for --format: tables must fit a terminal.
        (string Header, Func<DiscoveredBmc, string?> Value)[] columns =
        [
            ("BMC", b => Markup.Escape(b.Url)),
            ("status", b => b.State ? $"[green]{b.Status}[/]" : $"[yellow]{b.Status}[/]"),
            ("Redfish", b => b.RedfishVersion is null ? null : Markup.Escape(b.RedfishVersion)),
            ("vendor", b => b.Vendor is null ? null : Markup.Escape(b.Vendor)),
            ("product", b => b.Product is null ? null : Markup.Escape(b.Product)),
            ("last seen", b => Local(b.LastSeen)),
        ];
        var shown = columns.Where(c => bmcs.Any(b => c.Value(b) is not null)).ToList();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var (header, _) in shown)
        {
            table.AddColumn(new TableColumn(header).NoWrap());
        }

        foreach (var bmc in bmcs)
        {
            table.AddRow([.. shown.Select(c => c.Value(bmc) ?? "")]);
        }

        // The table is the data: it goes to stdout, with the terminal's width and colours.
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Output) }).Write(table);
    }

    private static string Local(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
