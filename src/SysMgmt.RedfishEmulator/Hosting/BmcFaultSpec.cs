using System.Globalization;
using SysMgmt.RedfishEmulator.Bmcs;

namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>
/// Parses fault specifications of the command line: <c>INDEX:FAULT[,FAULT…]</c>, e.g. <c>3:latency=500ms,basic-only</c>.
/// </summary>
public static class BmcFaultSpec
{
    public const string Syntax =
        "INDEX:FAULT[,FAULT…] with FAULT one of latency=DURATION (e.g. 250ms, 2s), refused, hang, errors[=N], " +
        "malformed-json, truncated, session-only, basic-only";

    public static bool TryParse(string spec, out int index, out BmcFaults faults, out string error)
    {
        index = -1;
        faults = BmcFaults.None;
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(spec.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            error = $"'{spec}' does not start with a BMC index and a colon; expected {Syntax}";
            return false;
        }

        foreach (var fault in spec[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries))
        {
            var (name, value) = fault.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (fault[..eq], fault[(eq + 1)..]) : (fault, null);
            BmcFaults? next = name switch
            {
                "latency" when TryParseDuration(value, out var latency) => faults with { Latency = latency },
                "refused" when value is null => faults with { RefuseConnections = true },
                "hang" when value is null => faults with { Hang = true },
                "errors" when value is null => faults with { ServerErrors = int.MaxValue },
                "errors" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 => faults with { ServerErrors = count },
                "malformed-json" when value is null => faults with { MalformedJson = true },
                "truncated" when value is null => faults with { TruncatedBodies = true },
                "session-only" when value is null => faults with { Auth = BmcAuthModes.SessionOnly },
                "basic-only" when value is null => faults with { Auth = BmcAuthModes.BasicOnly },
                _ => null,
            };
            if (next is null)
            {
                error = $"'{fault}' in '{spec}' is not a fault; expected {Syntax}";
                return false;
            }

            faults = next;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>A duration such as <c>250ms</c>, <c>2s</c> or <c>1.5s</c>.</summary>
    private static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var (number, scale) = text switch
        {
            null => (null, 0),
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], 1),
            _ when text.EndsWith('s') => (text[..^1], 1000),
            _ => (null, 0),
        };
        if (number is null || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(value * scale);
        return true;
    }
}
