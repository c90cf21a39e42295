using SysMgmt.Core.Hms;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Querying;

/// <summary>
/// Reads one filter parameter the way the HMS APIs do: repeated values are ORed, a leading <c>!</c> excludes a
/// value, and each value is normalised or reported as an error (all errors are collected, not just the first).
/// </summary>
public static class FilterValues
{
    public static ValueCondition<string> Strings(IReadOnlyList<string> values, Func<string, (string? Value, string? Error)> normalize, List<string> errors)
    {
        if (values.Count == 0)
        {
            return ValueCondition<string>.None;
        }

        var include = new List<string>();
        var exclude = new List<string>();
        foreach (var raw in values)
        {
            var negated = raw.StartsWith('!');
            var (value, error) = normalize(raw.TrimStart('!').Trim());
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            (negated ? exclude : include).Add(value!);
        }

        return new ValueCondition<string>(include, exclude);
    }

    public static ValueCondition<bool> Booleans(string name, IReadOnlyList<string> values, List<string> errors)
    {
        var parsed = Strings(values, v => TryParseBool(v, out var b) ? (b ? "true" : "false", null) : (null, $"{name} '{v}' is not true or false"), errors);
        return parsed.IsEmpty
            ? ValueCondition<bool>.None
            : new ValueCondition<bool>([.. parsed.Include.Select(bool.Parse)], [.. parsed.Exclude.Select(bool.Parse)]);
    }

    /// <summary>Values taken as they are (free text, exact match).</summary>
    public static (string?, string?) Verbatim(string value) => (value, null);

    public static (string?, string?) Xname(string value) =>
        Core.Xnames.Xname.TryParse(value, out var xname, out var error) ? (xname.Value, null) : (null, error);

    public static (string?, string?) HmsType(string value) =>
        XnameTypes.TryParseName(value, out var type) && type != XnameType.Invalid
            ? (XnameTypes.Name(type), null)
            : (null, $"'{value}' is not a valid HMS Type");

    public static (string?, string?) Enum(HmsEnum values, string value) =>
        values.TryNormalize(value, out var canonical) ? (canonical, null) : (null, $"'{value}' is not a valid HMS {values.Name}");

    /// <summary>Go's strconv.ParseBool spellings, which the anchors accept.</summary>
    public static bool TryParseBool(string value, out bool result)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "true" or "t" or "1":
                result = true;
                return true;
            case "false" or "f" or "0":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }
}
