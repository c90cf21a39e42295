using System.Globalization;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Components;

/// <summary>
/// Reads <c>NIDRanges</c> such as <c>["0-24","2"]</c> into filter parameters: each range adds a paired
/// nid_start/nid_end, each single NID a nid. Unlike the anchors, an empty entry is an error rather than
/// "every component".
/// </summary>
internal static class NidRangeParser
{
    public static Problem? AddTo(IReadOnlyList<string>? ranges, Dictionary<string, IReadOnlyList<string>> parameters)
    {
        if (ranges is not { Count: > 0 })
        {
            return Problem.BadRequest("Missing NID ranges");
        }

        List<string> starts = [], ends = [], singles = [];
        foreach (var range in ranges)
        {
            var parts = range.Split('-');
            if (parts.Any(p => !long.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)) || parts.Length > 2)
            {
                return Problem.BadRequest($"bad query param: '{range}' is not a valid NID range (expected N or N-M)");
            }

            if (parts.Length == 1)
            {
                singles.Add(parts[0].Trim());
            }
            else
            {
                starts.Add(parts[0].Trim());
                ends.Add(parts[1].Trim());
            }
        }

        parameters["nid"] = singles;
        parameters["nid_start"] = starts;
        parameters["nid_end"] = ends;
        return null;
    }
}
