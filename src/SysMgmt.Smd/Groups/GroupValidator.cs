using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// Checks and normalises group and partition bodies, reporting every problem rather than the first. Members must be
/// component xnames; whether those components exist is for the store to say.
/// </summary>
internal static class GroupValidator
{
    public static NewGroup? Validate(Group body, List<string> errors)
    {
        var label = Required("label", body.Label, GroupFields.Label, errors);
        var exclusive = string.IsNullOrEmpty(body.ExclusiveGroup) ? null : Checked(body.ExclusiveGroup, GroupFields.ExclusiveGroup, errors);
        var tags = Tags(body.Tags, errors);
        var members = Members(body.Members?.Ids, errors);
        return errors.Count == 0 ? new NewGroup(GroupKind.Group, label!, body.Description ?? "", tags, exclusive, members) : null;
    }

    public static NewGroup? Validate(Partition body, List<string> errors)
    {
        var name = Required("name", body.Name, GroupFields.PartitionName, errors);
        var tags = Tags(body.Tags, errors);
        var members = Members(body.Members?.Ids, errors);
        return errors.Count == 0 ? new NewGroup(GroupKind.Partition, name!, body.Description ?? "", tags, null, members) : null;
    }

    public static GroupPatch? Validate(GroupPatchRequest body, List<string> errors)
    {
        if (body.Description is null && body.Tags is null)
        {
            errors.Add("Request must have at least one patch field.");
            return null;
        }

        var tags = body.Tags is null ? null : Tags(body.Tags, errors);
        return errors.Count == 0 ? new GroupPatch(body.Description, tags) : null;
    }

    /// <summary>Member xnames, normalised, each once in first-seen order.</summary>
    public static List<string> Members(IReadOnlyList<string>? ids, List<string> errors)
    {
        var members = new List<string>();
        foreach (var id in ids ?? [])
        {
            if (Member(id, errors) is { } member && !members.Contains(member))
            {
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>One member xname, normalised; null (and an error) when it cannot name a component.</summary>
    public static string? Member(string? id, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add("a member id is missing");
            return null;
        }

        if (!Xname.TryParse(id, out var xname, out var error))
        {
            errors.Add(error);
            return null;
        }

        if (xname.Type is XnameType.System or XnameType.Partition)
        {
            errors.Add($"'{id}' names a {(xname.Type == XnameType.System ? "system" : "partition")}, not a component");
            return null;
        }

        return xname.Value;
    }

    private static List<string> Tags(IReadOnlyList<string>? tags, List<string> errors)
    {
        var normalized = new List<string>();
        foreach (var tag in tags ?? [])
        {
            if (Checked(tag ?? "", GroupFields.Tag, errors) is { } value && !normalized.Contains(value))
            {
                normalized.Add(value);
            }
        }

        return normalized;
    }

    private static string? Required(string field, string? value, Func<string, (string? Value, string? Error)> check, List<string> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add($"{field} is missing");
            return null;
        }

        return Checked(value, check, errors);
    }

    private static string? Checked(string value, Func<string, (string? Value, string? Error)> check, List<string> errors)
    {
        var (normalized, error) = check(value);
        if (error is not null)
        {
            errors.Add(error);
        }

        return normalized;
    }
}
