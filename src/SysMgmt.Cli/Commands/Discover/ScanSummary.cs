using System.Globalization;
using Spectre.Console;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>
/// What <c>scan</c> tells people on stderr when it ends: a count for every outcome (nothing is dropped), then the
/// targets worth a look, by kind, each with its reason and, for TLS failures, what to do about them.
/// </summary>
internal static class ScanSummary
{
    /// <summary>Targets listed per kind; the count above always covers all of them.</summary>
    private const int ListedPerKind = 20;

    private static readonly (ScanStatus Status, string Heading, string? Hint)[] s_listed =
    [
        (ScanStatus.Error, "could not be scanned", null),
        (ScanStatus.TlsFailed, "failed TLS", "Give the BMCs' CA with --cacert FILE (PEM), or skip verification with --insecure."),
        (ScanStatus.NotRedfish, "are open but not Redfish", null),
        (ScanStatus.NoAnswer, "accepted a connection but did not answer", "A longer --timeout may help a slow BMC."),
    ];

    public static void Write(CliConsole console, IReadOnlyCollection<ScanResult> results, long planned, TimeSpan elapsed, bool cancelled)
    {
        var counts = results.CountBy(r => r.Status).ToDictionary();
        var parts = Enum.GetValues<ScanStatus>().Where(counts.ContainsKey).Select(s => $"{counts[s]:N0} {Describe(s)}");
        var scope = cancelled ? $"Cancelled after {results.Count:N0} of {planned:N0} targets" : $"Scanned {results.Count:N0} targets";
        console.Messages.MarkupLineInterpolated(
            $"{scope} in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s: {(results.Count == 0 ? "nothing" : string.Join(", ", parts))}.");
        foreach (var (status, heading, hint) in s_listed)
        {
            var matching = results.Where(r => r.Status == status).OrderBy(r => r.Target, ScanTargetOrder.Instance).ToList();
            if (matching.Count == 0)
            {
                continue;
            }

            var line = $"{matching.Count:N0} {(matching.Count == 1 ? "target" : "targets")} {heading}:";
            if (status is ScanStatus.Error or ScanStatus.TlsFailed)
            {
                console.Warning(line);
            }
            else
            {
                console.Messages.WriteLine(line);
            }

            foreach (var result in matching.Take(ListedPerKind))
            {
                console.Messages.WriteLine($"  {result.Target.Url}  {result.Detail}");
            }

            if (matching.Count > ListedPerKind)
            {
                console.Messages.WriteLine($"  … and {matching.Count - ListedPerKind:N0} more");
            }

            if (hint is not null)
            {
                console.Messages.WriteLine(hint);
            }
        }
    }

    private static string Describe(ScanStatus status) => status switch
    {
        ScanStatus.Redfish => "Redfish",
        ScanStatus.Open => "open",
        ScanStatus.NotRedfish => "not Redfish",
        ScanStatus.TlsFailed => "TLS failed",
        ScanStatus.NoAnswer => "no answer",
        ScanStatus.Closed => "closed",
        ScanStatus.Unreachable => "unreachable",
        ScanStatus.Excluded => "excluded",
        _ => "errors",
    };
}
