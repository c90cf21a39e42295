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

    /// <summary>
    /// Values that cannot be negated (the anchors' EthernetInterfaces filters): a leading <c>!</c> is refused with a
    /// message that says so rather than matching nothing; a blank value sets <see cref="ListedValues.MatchBlank"/>
    /// where <paramref name="blankAllowed"/>, else it is an error.
    /// </summary>
    public static ListedValues Listed(
        string name, IReadOnlyList<string> values, bool blankAllowed, Func<string, (string? Value, string? Error)> normalize, List<string> errors)
    {
        var matchBlank = false;
        var listed = new List<string>(values.Count);
        foreach (var raw in values)
        {
            var value = raw.Trim();
            if (value.Length == 0)
            {
                matchBlank |= blankAllowed;
                if (!blankAllowed)
                {
                    errors.Add($"{name} may not be blank");
                }
            }
            else if (value.StartsWith('!'))
            {
                errors.Add($"{name} '{raw}': negation ('!') is not supported by the EthernetInterfaces filters");
            }
            else if (normalize(value) is (var normalized, null))
            {
                listed.Add(normalized!);
            }
            else
            {
                errors.Add($"{name} {normalize(value).Error}");
            }
        }

        return new ListedValues(listed, matchBlank);
    }

    /// <summary>Each value normalised, or its error reported; blank values are skipped.</summary>
    public static List<string> Normalized(IReadOnlyList<string> values, Func<string, (string? Value, string? Error)> normalize, List<string> errors)
    {
        var normalized = new List<string>(values.Count);
        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            var (ok, error) = normalize(value);
            if (error is null)
            {
                normalized.Add(ok!);
            }
            else
            {
                errors.Add(error);
            }
        }

        return normalized;
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
