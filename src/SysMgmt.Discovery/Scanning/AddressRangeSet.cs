namespace SysMgmt.Discovery.Scanning;

/// <summary>Set algebra on address ranges: overlapping targets collapse, exclusions cut holes.</summary>
internal static class AddressRangeSet
{
    /// <summary>The same addresses as sorted ranges that neither overlap nor touch.</summary>
    public static List<AddressRange> Normalize(IEnumerable<AddressRange> ranges)
    {
        var merged = new List<AddressRange>();
        foreach (var range in ranges.OrderBy(r => r.Family).ThenBy(r => r.First))
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Family == range.Family
                && (range.First <= last.Last || range.First == last.Last + 1))
            {
                merged[^1] = last with { Last = UInt128.Max(last.Last, range.Last) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>The addresses of <paramref name="ranges"/> that are in none of <paramref name="holes"/>.</summary>
    public static List<AddressRange> Subtract(IEnumerable<AddressRange> ranges, IReadOnlyCollection<AddressRange> holes)
    {
        var remaining = Normalize(ranges);
        foreach (var hole in holes)
        {
            remaining = [.. remaining.SelectMany(range => Cut(range, hole))];
        }

        return remaining;
    }

    private static IEnumerable<AddressRange> Cut(AddressRange range, AddressRange hole)
    {
        if (range.Family != hole.Family || hole.Last < range.First || hole.First > range.Last)
        {
            yield return range;
            yield break;
        }

        if (hole.First > range.First)
        {
            yield return range with { Last = hole.First - 1 };
        }

        if (hole.Last < range.Last)
        {
            yield return range with { First = hole.Last + 1 };
        }
    }
}
