using SysMgmt.Core.Time;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Reads the query parameters of the hardware routes (names case-insensitive, repeated values OR'd). Invalid
/// values are a 400 naming them; unknown parameters are ignored, as in the anchors.
/// </summary>
internal static class HardwareParameterParser
{
    public static Outcome<HardwareFilter> ParseFilter(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        var filter = new HardwareFilter
        {
            Ids = Xnames(Values(parameters, "id"), errors),
            Types = Types(Values(parameters, "type"), errors),
            Manufacturers = Values(parameters, "manufacturer"),
            PartNumbers = Values(parameters, "partnumber"),
            SerialNumbers = Values(parameters, "serialnumber"),
            FruIds = Values(parameters, "fruid"),
            Partitions = Partitions(Values(parameters, "partition"), errors),
        };
        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    public static Outcome<HardwareQuery> ParseQuery(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        var parents = Boolean(parameters, "parents", errors) ?? false;
        // Children come by default, unless the query asks for parents only.
        var children = Boolean(parameters, "children", errors) ?? !parents;
        var nested = Values(parameters, "format") switch
        {
            [] => true,
            [var format, ..] when format.Equals(HardwareQuery.NestNodesOnly, StringComparison.OrdinalIgnoreCase) => true,
            [var format, ..] when format.Equals(HardwareQuery.FullyFlat, StringComparison.OrdinalIgnoreCase) => false,
            [var format, ..] when format.Equals("Hierarchical", StringComparison.OrdinalIgnoreCase) => Fail("format 'Hierarchical' is not implemented; use FullyFlat or NestNodesOnly"),
            [var format, ..] => Fail($"format '{format}' is not valid; use FullyFlat or NestNodesOnly"),
        };
        var query = new HardwareQuery(
            Types(Values(parameters, "type"), errors), children, parents, Partitions(Values(parameters, "partition"), errors), nested);
        return errors.Count == 0 ? query : Problem.BadRequest("bad query param: " + string.Join("; ", errors));

        bool Fail(string error)
        {
            errors.Add(error);
            return true;
        }
    }

    public static Outcome<HistoryFilter> ParseHistory(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        var filter = new HistoryFilter
        {
            Ids = Xnames(Values(parameters, "id"), errors),
            FruIds = Values(parameters, "fruid"),
            EventTypes = EventTypes(Values(parameters, "eventtype"), errors),
            Start = Time(parameters, "starttime", errors),
            End = Time(parameters, "endtime", errors),
        };
        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    private static IReadOnlyList<string> Values(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string name) =>
        parameters.TryGetValue(name, out var values) ? [.. values.Where(v => v.Trim().Length > 0).Select(v => v.Trim())] : [];

    private static List<string> Xnames(IReadOnlyList<string> values, List<string> errors) =>
        FilterValues.Normalized(values, v => Xname.TryParse(v, out var id, out var error) ? (id.Value, null) : (null, "invalid xname: " + error), errors);

    private static List<string> Types(IReadOnlyList<string> values, List<string> errors) =>
        FilterValues.Normalized(values, v => XnameTypes.TryParseName(v, out var type) ? (XnameTypes.Name(type), null) : (null, $"'{v}' is not a valid HMS type"), errors);

    private static List<string> Partitions(IReadOnlyList<string> values, List<string> errors)
    {
        var partitions = values.Select(v => v.ToLowerInvariant()).ToList();
        foreach (var invalid in partitions.Where(p => !Xname.TryParse(p, out var id, out _) || id.Type != XnameType.Partition))
        {
            errors.Add($"'{invalid}' is not a valid partition name (p#.#)");
        }

        return partitions;
    }

    private static List<string> EventTypes(IReadOnlyList<string> values, List<string> errors) =>
        FilterValues.Normalized(values, v => HardwareEventTypes.Normalize(v) is { } type
            ? (type, null)
            : (null, $"'{v}' is not a hardware history event type ({string.Join(", ", HardwareEventTypes.All)})"), errors);

    private static bool? Boolean(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string name, List<string> errors)
    {
        if (Values(parameters, name) is not [var value, ..])
        {
            return null;
        }

        if (FilterValues.TryParseBool(value, out var parsed))
        {
            return parsed;
        }

        errors.Add($"{name} '{value}' is not true or false");
        return null;
    }

    /// <summary>An RFC 3339 time. A '+' in an unencoded query string arrives as a space, so that is read as '+'.</summary>
    private static DateTimeOffset? Time(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string name, List<string> errors)
    {
        if (Values(parameters, name) is not [var value, ..])
        {
            return null;
        }

        if (Rfc3339.TryParse(value.Replace(' ', '+'), out var time))
        {
            return time;
        }

        errors.Add($"{name} '{value}' is not an RFC 3339 time such as 2006-01-02T15:04:05Z");
        return null;
    }
}
