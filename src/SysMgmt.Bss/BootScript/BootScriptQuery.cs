using System.Globalization;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Core.Networking;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// The query of <c>GET /boot/v1/bootscript</c>: one of <c>mac</c>, <c>name</c>, <c>nid</c> (in that precedence),
/// plus <c>retry</c>, <c>arch</c> (iPXE's <c>${buildarch}</c>), <c>ts</c> and <c>json</c>. Repeated values are
/// joined, as the anchors do.
/// </summary>
internal sealed record BootScriptQuery(string? Mac, string? Name, long? Nid, int Retry, string? Arch, long Timestamp, bool Json)
{
    public const string MissingIdentity = "Need a mac=, name=, or nid= parameter";

    public static Outcome<BootScriptQuery> Parse(IQueryCollection query, long now)
    {
        var mac = Joined(query, "mac");
        var name = Joined(query, "name");
        var nidText = Joined(query, "nid");
        var arch = Joined(query, "arch");

        string? normalizedMac = null;
        if (mac is not null && !MacAddress.TryNormalize(mac, out normalizedMac, out var macError))
        {
            return Problem.BadRequest(macError);
        }

        long? nid = null;
        if (mac is null && name is null && nidText is not null)
        {
            if (!TryParseInteger(nidText, out var parsed))
            {
                return Problem.BadRequest($"Bad Request - Invalid nid '{nidText}'");
            }

            nid = parsed >= 0 ? parsed : null;
        }

        if (normalizedMac is null && name is null && nid is null)
        {
            return Problem.BadRequest(MissingIdentity);
        }

        if (arch is not null && !HostKey.IsArchitecture(arch))
        {
            return Problem.BadRequest($"arch '{arch}' is not an iPXE architecture (letters, digits and '_', e.g. x86_64)");
        }

        if (!TryOptional(query, "retry", 0, out var retry) || retry is < 0 or > int.MaxValue)
        {
            return Problem.BadRequest($"retry '{Joined(query, "retry")}' is not a count of retries");
        }

        if (!TryOptional(query, "ts", now, out var timestamp))
        {
            return Problem.BadRequest($"ts '{Joined(query, "ts")}' is not a Unix time");
        }

        if (!TryOptional(query, "json", 0, out var json))
        {
            return Problem.BadRequest($"json '{Joined(query, "json")}' is not 0 or 1");
        }

        return new BootScriptQuery(normalizedMac, name?.Trim(), nid, (int)retry, arch, timestamp, json != 0);
    }

    private static string? Joined(IQueryCollection query, string key)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return null;
        }

        var joined = values.Count == 1 ? values[0] : string.Concat(values.ToArray());
        return string.IsNullOrEmpty(joined) ? null : joined;
    }

    private static bool TryOptional(IQueryCollection query, string key, long fallback, out long value)
    {
        value = fallback;
        return Joined(query, key) is not { } text || TryParseInteger(text, out value);
    }

    /// <summary>Decimal or <c>0x</c> hexadecimal, as Go's <c>ParseInt(s, 0, 0)</c> reads what iPXE and tools send.</summary>
    private static bool TryParseInteger(string text, out long value) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
