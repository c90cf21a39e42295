using System.Globalization;
using SysMgmt.Core.Hms;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Components;

/// <summary>
/// Parses component filters from a query string or a query body: names case-insensitive, repeated values ORed,
/// <c>!</c> negates, enum values normalised. Every invalid value is reported, not just the first; unknown
/// parameters are ignored, as the anchors do.
/// </summary>
internal sealed class ComponentFilterParser(HmsVocabulary hms)
{
    private const string NullMembership = "NULL";

    public Outcome<ComponentFilter> Parse(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, bool includeIds = true)
    {
        var errors = new List<string>();
        IReadOnlyList<string> Values(string name) => parameters.TryGetValue(name, out var values) ? values : [];

        var filter = new ComponentFilter
        {
            Ids = includeIds ? Strings(Values("id"), NormalizeXname, errors) : ValueCondition<string>.None,
            Types = Strings(Values("type"), NormalizeType, errors),
            States = Strings(Values("state"), v => Enum(hms.State, v), errors),
            Flags = Strings(Values("flag"), v => Enum(hms.Flag, v), errors),
            Roles = Strings(Values("role"), v => Enum(hms.Role, v), errors),
            SubRoles = Strings(Values("subrole"), v => Enum(hms.SubRole, v), errors),
            // Free-form text, matched case-insensitively as the SMD API documentation promises.
            SoftwareStatuses = Strings(Values("softwarestatus"), v => (v.ToLowerInvariant(), null), errors),
            Subtypes = Strings(Values("subtype"), NormalizeSubtype, errors),
            Arches = Strings(Values("arch"), v => Enum(hms.Arch, v), errors),
            Classes = Strings(Values("class"), v => Enum(hms.Class, v), errors),
            Enabled = Booleans("enabled", Values("enabled"), errors),
            Locked = Booleans("locked", Values("locked"), errors),
            ReservationDisabled = Booleans("reservation_disabled", Values("reservation_disabled"), errors),
            Nids = Nids(Values("nid"), Values("nid_start"), Values("nid_end"), errors),
            Groups = Membership("group", Values("group"), errors),
            Partitions = Membership("partition", Values("partition"), errors),
            Selector = Selector(parameters, errors),
        };

        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    private static ValueCondition<string> Strings(IReadOnlyList<string> values, Func<string, (string? Value, string? Error)> normalize, List<string> errors)
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

    private static (string?, string?) NormalizeXname(string value) =>
        Xname.TryParse(value, out var xname, out var error) ? (xname.Value, null) : (null, error);

    private static (string?, string?) NormalizeType(string value) =>
        XnameTypes.TryParseName(value, out var type) && type != XnameType.Invalid
            ? (XnameTypes.Name(type), null)
            : (null, $"'{value}' is not a valid HMS Type");

    private static (string?, string?) NormalizeSubtype(string value) =>
        value.All(char.IsAsciiLetterOrDigit) ? (value, null) : (null, $"'{value}' is not a valid HMS Subtype");

    private static (string?, string?) Enum(HmsEnum values, string value) =>
        values.TryNormalize(value, out var canonical) ? (canonical, null) : (null, $"'{value}' is not a valid HMS {values.Name}");

    private static ValueCondition<bool> Booleans(string name, IReadOnlyList<string> values, List<string> errors)
    {
        var parsed = Strings(values, v => TryParseBool(v, out var b) ? (b ? "true" : "false", null) : (null, $"{name} '{v}' is not true or false"), errors);
        return parsed.IsEmpty
            ? ValueCondition<bool>.None
            : new ValueCondition<bool>([.. parsed.Include.Select(bool.Parse)], [.. parsed.Exclude.Select(bool.Parse)]);
    }

    private static NidCondition Nids(IReadOnlyList<string> nids, IReadOnlyList<string> starts, IReadOnlyList<string> ends, List<string> errors)
    {
        if (nids.Count == 0 && starts.Count == 0 && ends.Count == 0)
        {
            return NidCondition.None;
        }

        var include = new List<long>();
        var exclude = new List<long>();
        bool includeMissing = false, excludeMissing = false;
        foreach (var raw in nids)
        {
            var negated = raw.StartsWith('!');
            var text = raw.TrimStart('!').Trim();
            if (text.Length == 0)
            {
                // A blank nid= selects components without a NID (the anchors store those as -1).
                if (negated) { excludeMissing = true; } else { includeMissing = true; }
            }
            else if (TryParseNid(text, out var nid))
            {
                (negated ? exclude : include).Add(nid);
            }
            else
            {
                errors.Add($"nid '{raw}' is not a non-negative integer");
            }
        }

        var startValues = Bounds("nid_start", starts, errors);
        var endValues = Bounds("nid_end", ends, errors);
        var ranges = Enumerable.Range(0, Math.Max(startValues.Count, endValues.Count))
            .Select(i => new NidRange(i < startValues.Count ? startValues[i] : null, i < endValues.Count ? endValues[i] : null))
            .ToList();
        if (ranges.Count > 0 && (exclude.Count > 0 || excludeMissing || includeMissing))
        {
            errors.Add("negated or blank nid values cannot be combined with nid_start/nid_end");
        }

        return new NidCondition(include, exclude, includeMissing, excludeMissing, ranges);
    }

    private static List<long> Bounds(string name, IReadOnlyList<string> values, List<string> errors)
    {
        var bounds = new List<long>();
        foreach (var value in values)
        {
            if (TryParseNid(value.Trim(), out var nid))
            {
                bounds.Add(nid);
            }
            else
            {
                errors.Add($"{name} '{value}' is not a non-negative integer");
            }
        }

        return bounds;
    }

    private static MembershipCondition Membership(string name, IReadOnlyList<string> values, List<string> errors)
    {
        if (values.Count == 0)
        {
            return MembershipCondition.None;
        }

        var inNone = values.Contains(NullMembership, StringComparer.Ordinal);
        var names = values.Where(v => v != NullMembership).Select(v => v.Trim().ToLowerInvariant()).ToList();
        if (inNone && names.Count > 0)
        {
            errors.Add($"NULL and non-NULL {name} arguments not permitted together");
        }

        foreach (var invalid in names.Where(n => n.Length == 0 || !n.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or ':' or '.' or '_')))
        {
            errors.Add($"'{invalid}' is not a valid {name} name");
        }

        return new MembershipCondition(names, inNone);
    }

    private static FieldSelector Selector(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, List<string> errors)
    {
        (string Name, FieldSelector Selector)[] selectors =
            [("stateonly", FieldSelector.StateOnly), ("flagonly", FieldSelector.FlagOnly), ("roleonly", FieldSelector.RoleOnly), ("nidonly", FieldSelector.NidOnly)];
        var chosen = FieldSelector.All;
        foreach (var (name, selector) in selectors)
        {
            if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
            {
                continue;
            }

            if (!TryParseBool(values[0], out var on))
            {
                errors.Add($"{name} '{values[0]}' is not true or false");
            }
            else if (on && chosen == FieldSelector.All)
            {
                chosen = selector;
            }
        }

        return chosen;
    }

    /// <summary>Go's strconv.ParseBool spellings, which the anchors accept.</summary>
    internal static bool TryParseBool(string value, out bool result)
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

    private static bool TryParseNid(string text, out long nid) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out nid);
}
