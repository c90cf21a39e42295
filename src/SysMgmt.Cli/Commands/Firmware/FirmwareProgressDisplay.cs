using System.Collections.Concurrent;
using Spectre.Console;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Firmware;

namespace SysMgmt.Cli.Commands.Firmware;

/// <summary>
/// Shows firmware updates as they go, on stderr: a progress bar per BMC on a terminal, else one line each time a
/// BMC's step or percentage changes (readable in a log).
/// </summary>
internal static class FirmwareProgressDisplay
{
    public static async Task<IReadOnlyList<BmcOutcome<T>>> RunAsync<T>(
        CliConsole console, IReadOnlyList<Uri> bmcs, bool fancy, Func<IProgress<FirmwareProgress>, Task<IReadOnlyList<BmcOutcome<T>>>> run)
        where T : class
    {
        if (!fancy)
        {
            var last = new ConcurrentDictionary<Uri, string>();
            return await run(new Callback(step =>
            {
                var line = step.PercentComplete is { } percent ? $"{step.Stage} {percent}%" : step.Stage;
                if (last.TryGetValue(step.Bmc, out var previous) && previous == line)
                {
                    return;
                }

                last[step.Bmc] = line;
                console.Messages.MarkupLineInterpolated($"{BmcAddress.Display(step.Bmc)}: {line}");
            }));
        }

        IReadOnlyList<BmcOutcome<T>> outcomes = [];
        await console.Messages.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bars = bmcs.ToDictionary(b => b, b => context.AddTask(Markup.Escape(BmcAddress.Display(b)), maxValue: 100));
                outcomes = await run(new Callback(step =>
                {
                    var bar = bars[step.Bmc];
                    bar.Description = Markup.Escape($"{BmcAddress.Display(step.Bmc)}  {step.Stage}");
                    bar.Value = step.PercentComplete ?? bar.Value;
                }));
                foreach (var outcome in outcomes)
                {
                    var bar = bars[outcome.Bmc];
                    bar.Description = $"{Markup.Escape(BmcAddress.Display(outcome.Bmc))}  {(outcome.Succeeded ? "[green]done[/]" : "[red]failed[/]")}";
                    bar.Value = bar.MaxValue;
                    bar.StopTask();
                }
            });
        return outcomes;
    }

    /// <summary>Reports on the reporting thread at once (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class Callback(Action<FirmwareProgress> report) : IProgress<FirmwareProgress>
    {
        public void Report(FirmwareProgress value) => report(value);
    }
}
