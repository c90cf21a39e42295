using System.Globalization;
using Spectre.Console;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.Smd;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// Shows a collection or send run to the person running it (stderr): a progress bar and a final table on a
/// terminal; one plain line per BMC as it finishes when stderr is redirected.
/// </summary>
internal static class BmcReportView
{
    public static async Task<IReadOnlyList<BmcReport>> RunAsync(
        CliConsole console, string title, int total, Func<IProgress<BmcReport>, Task<IReadOnlyList<BmcReport>>> run)
    {
        if (!console.Messages.Profile.Capabilities.Interactive)
        {
            // Plain text straight to the writer: markup rendering costs more than collecting a BMC's line is worth.
            return await run(new SynchronousProgress(report => console.Messages.Profile.Out.Writer.WriteLine(Line(report))));
        }

        IReadOnlyList<BmcReport> reports = [];
        await console.Messages.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: Math.Max(total, 1));
                reports = await run(new SynchronousProgress(_ => task.Increment(1)));
            });
        console.Messages.Write(Table(reports));
        return reports;
    }

    /// <summary>The closing lines: how many succeeded, how long it took, and where the time went per BMC.</summary>
    public static void Summary(CliConsole console, IReadOnlyList<BmcReport> reports, TimeSpan elapsed)
    {
        var failed = reports.Count(r => !r.IsSuccess);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{reports.Count - failed} of {reports.Count} BMCs succeeded, {failed} failed, in {elapsed.TotalSeconds:0.0} s");
        console.Messages.MarkupLine(failed == 0 ? $"[green]{Markup.Escape(text)}[/]" : $"[red]{Markup.Escape(text)}[/]");
        var times = string.Join("; ", new[] { ("Redfish walk", reports.Select(r => r.WalkTime)), ("send to SMD", reports.Select(r => r.SendTime)) }
            .Select(t => (t.Item1, Values: t.Item2.OfType<TimeSpan>().Select(v => v.TotalMilliseconds).Order().ToList()))
            .Where(t => t.Values.Count > 0)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Item1} p50 {Percentile(t.Values, 0.5):0} ms, p95 {Percentile(t.Values, 0.95):0} ms")));
        if (times.Length > 0)
        {
            console.Messages.WriteLine($"Per BMC: {times}");
        }
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];

    private static Table Table(IReadOnlyList<BmcReport> reports)
    {
        var table = new Table().AddColumns("BMC", "xname", "nodes", "NICs", "result");
        foreach (var report in reports.OrderBy(r => r.IsSuccess).ThenBy(r => r.Address.ToString(), StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(report.Address.ToString()),
                Markup.Escape(report.Collection?.Id.Value ?? "-"),
                report.Collection?.Inventory.Systems.Count.ToString(CultureInfo.InvariantCulture) ?? "-",
                report.Collection?.NicCount.ToString(CultureInfo.InvariantCulture) ?? "-",
                report.IsSuccess ? $"[green]{Result(report)}[/]" : $"[red]{Markup.Escape(Result(report))}[/]");
        }

        return table;
    }

    private static string Line(BmcReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{(report.IsSuccess ? "ok" : "FAILED"),-6} {report.Address} {report.Collection?.Id.Value ?? "-"} " +
        $"nodes={report.Collection?.Inventory.Systems.Count ?? 0} nics={report.Collection?.NicCount ?? 0} {Result(report)}");

    private static string Result(BmcReport report) => report.Failure is { } failure
        ? $"{failure.Stage.ToString().ToLowerInvariant()}: {failure.Reason}"
        : report.Send is { Action: var action and not SendAction.None } ? action.ToString().ToLowerInvariant()
        : report.OutputFile is { } file ? $"written to {file}"
        : "collected";

    /// <summary>
    /// Calls back at once, one report at a time (<see cref="Progress{T}"/> would post to the thread pool, and a line
    /// could come after the summary).
    /// </summary>
    private sealed class SynchronousProgress(Action<BmcReport> report) : IProgress<BmcReport>
    {
        private readonly Lock _lock = new();

        public void Report(BmcReport value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}
