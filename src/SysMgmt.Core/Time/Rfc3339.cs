using System.Globalization;
using System.Text.RegularExpressions;

namespace SysMgmt.Core.Time;

/// <summary>
/// RFC 3339 timestamps as the HMS APIs exchange them: written in UTC with microseconds
/// (<c>2020-05-13T19:18:45.524974Z</c>, PostgreSQL's precision), read with or without fractional seconds and with
/// <c>Z</c> or a numeric offset, as Go's <c>time.Parse(time.RFC3339, …)</c> reads them.
/// </summary>
public static partial class Rfc3339
{
    private const int MaxFractionDigits = 7;

    /// <summary>UTC, always six fractional digits, e.g. <c>2020-05-13T19:18:45.524974Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// UTC with only the fractional digits needed, as Go's <c>RFC3339Nano</c> writes a microsecond time, e.g.
    /// <c>2020-05-13T19:18:45.5Z</c> or <c>2024-02-01T00:00:00Z</c> (the anchors' hardware history does).
    /// </summary>
    public static string FormatCompact(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a full RFC 3339 date-time into UTC (offset zero, as Npgsql requires for <c>timestamptz</c>). A time
    /// zone (<c>Z</c> or <c>±hh:mm</c>) is required; digits beyond the 100 ns .NET keeps (Go writes nanoseconds)
    /// are dropped.
    /// </summary>
    public static bool TryParse(string? input, out DateTimeOffset value)
    {
        value = default;
        var match = Pattern().Match(input?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        var text = match.Groups["seconds"].Value.ToUpperInvariant()
            + (fraction.Length > 0 ? "." + fraction[..Math.Min(fraction.Length, MaxFractionDigits)] : "")
            + (match.Groups["zone"].Value is "Z" or "z" ? "+00:00" : match.Groups["zone"].Value);
        if (!DateTimeOffset.TryParseExact(
                text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return false;
        }

        value = value.ToUniversalTime();
        return true;
    }

    /// <summary>Truncates to whole microseconds, the precision PostgreSQL stores, so a value reads back unchanged.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(?:\.(?<fraction>\d{1,9}))?(?<zone>[Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Pattern();
}
