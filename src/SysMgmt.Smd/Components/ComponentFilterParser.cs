using System.Globalization;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Groups;
using SysMgmt.Smd.Querying;
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
            Ids = includeIds ? FilterValues.Strings(Values("id"), FilterValues.Xname, errors) : ValueCondition<string>.None,
            Types = FilterValues.Strings(Values("type"), FilterValues.HmsType, errors),
            States = FilterValues.Strings(Values("state"), v => FilterValues.Enum(hms.State, v), errors),
            Flags = FilterValues.Strings(Values("flag"), v => FilterValues.Enum(hms.Flag, v), errors),
            Roles = FilterValues.Strings(Values("role"), v => FilterValues.Enum(hms.Role, v), errors),
            SubRoles = FilterValues.Strings(Values("subrole"), v => FilterValues.Enum(hms.SubRole, v), errors),
            // Free-form text, matched case-insensitively as the SMD API documentation promises.
            SoftwareStatuses = FilterValues.Strings(Values("softwarestatus"), v => (v.ToLowerInvariant(), null), errors),
            Subtypes = FilterValues.Strings(Values("subtype"), NormalizeSubtype, errors),
            Arches = FilterValues.Strings(Values("arch"), v => FilterValues.Enum(hms.Arch, v), errors),
            Classes = FilterValues.Strings(Values("class"), v => FilterValues.Enum(hms.Class, v), errors),
            Enabled = FilterValues.Booleans("enabled", Values("enabled"), errors),
            Locked = FilterValues.Booleans("locked", Values("locked"), errors),
            ReservationDisabled = FilterValues.Booleans("reservation_disabled", Values("reservation_disabled"), errors),
            Nids = Nids(Values("nid"), Values("nid_start"), Values("nid_end"), errors),
            Groups = Membership("group", Values("group"), errors),
            Partitions = Membership("partition", Values("partition"), errors),
            Selector = Selector(parameters, errors),
        };

        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    private static (string?, string?) NormalizeSubtype(string value) =>
        value.All(char.IsAsciiLetterOrDigit) ? (value, null) : (null, $"'{value}' is not a valid HMS Subtype");

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
        var named = FilterValues.Strings([.. values.Where(v => v != NullMembership)], v => MembershipName(name, v), errors);
        if (inNone && !named.IsEmpty)
        {
            errors.Add($"NULL and non-NULL {name} arguments not permitted together");
        }

        return new MembershipCondition(named.Include, named.Exclude, inNone);
    }

    /// <summary>
    /// Partition names are xnames (<c>p01</c> is <c>p1</c>); other names are checked by the label rule for both
    /// parameters, as the anchors do (such a partition name matches nothing).
    /// </summary>
    private static (string?, string?) MembershipName(string name, string value)
    {
        if (name == "partition" && GroupFields.PartitionName(value) is (string partition, null))
        {
            return (partition, null);
        }

        var (normalized, _) = GroupFields.Label(value);
        return normalized is null ? (null, $"'{value.ToLowerInvariant()}' is not a valid {name} name") : (normalized, null);
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

            if (!FilterValues.TryParseBool(values[0], out var on))
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

    private static bool TryParseNid(string text, out long nid) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out nid);
}
