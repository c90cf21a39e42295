using Spectre.Console;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.Cli.Commands;

/// <summary>What <c>sysmgmt emulate</c> prints once the BMCs listen: their URLs on stdout, a summary on stderr.</summary>
internal static class EmulatorSummary
{
    public static void Write(CliConsole console, EmulatorHost emulator, EmulatorOptions options, string? caFile)
    {
        foreach (var bmc in emulator.Bmcs.Where(b => !b.Faults.RefuseConnections))
        {
            console.Output.WriteLine(bmc.BaseUri.ToString().TrimEnd('/'));
        }

        console.Output.Flush();
        var table = new Table().AddColumns("BMCs", "mockup", "first", "last");
        foreach (var group in emulator.Bmcs.GroupBy(b => b.Mockup.Name))
        {
            table.AddRow(group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), group.Key,
                group.First().BaseUri.ToString(), group.Last().BaseUri.ToString());
        }

        console.Messages.Write(table);
        console.Messages.MarkupLineInterpolated($"Credentials: [bold]{options.Username}[/] / [bold]{options.Password}[/]");
        if (caFile is not null)
        {
            console.Messages.MarkupLineInterpolated($"CA certificate: {caFile} (e.g. curl --cacert {caFile})");
        }

        console.Messages.MarkupLineInterpolated($"{emulator.Bmcs.Count} BMCs ready in {emulator.StartupTime.TotalSeconds:F1} s. Press Ctrl-C to stop.");
    }
}
