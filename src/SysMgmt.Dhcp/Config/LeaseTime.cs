using System.Globalization;
using System.Text.RegularExpressions;

namespace SysMgmt.Dhcp.Config;

/// <summary>
/// A DHCP lease length in whole minutes, at least 2 (dnsmasq's minimum), written as <c>30m</c>, <c>12h</c> or <c>7d</c>
/// on the command line and as minutes in dnsmasq's files.
/// </summary>
public readonly partial record struct LeaseTime(int Minutes)
{
    public const int MinimumMinutes = 2;

    public static bool TryParse(string? text, out LeaseTime lease, out string error)
    {
        lease = default;
        var match = Pattern().Match(text ?? "");
        if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"'{text}' is not a lease time: expected minutes, hours or days such as 2m, 12h or 7d";
            return false;
        }

        var minutes = (long)count * match.Groups[2].Value switch { "m" => 1, "h" => 60, _ => 1440 };
        if (minutes is < MinimumMinutes or > int.MaxValue)
        {
            error = $"the lease time {text} is out of range: dnsmasq needs at least {MinimumMinutes} minutes";
            return false;
        }

        lease = new LeaseTime((int)minutes);
        error = "";
        return true;
    }

    /// <summary>dnsmasq's form.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minutes}m");

    [GeneratedRegex("^([0-9]{1,9})([mhd])$")]
    private static partial Regex Pattern();
}
