using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// The expected failures of the group, partition and membership routes, in the anchors' words, with what clashed or
/// was missing added so that a client need not guess.
/// </summary>
internal static class GroupProblems
{
    public static Problem NoSuch(GroupKind kind, string name) => Problem.NotFound($"No such {kind.Noun}: {name}");

    public static Problem NoSuchMember(GroupKind kind, string name, string member) =>
        Problem.NotFound($"{kind.Noun} has no such member: {name} has no member {member}");

    public static Problem NoSuchPartitionInQuery(string name) => Problem.BadRequest($"bad query param: no such partition: {name}");

    public static Problem NoSuchXname(string xname) => Problem.NotFound($"No such xname: {xname}");

    public static Problem Invalid(GroupKind kind, IEnumerable<string> errors) =>
        Problem.BadRequest($"couldn't validate {kind.Noun}: {string.Join("; ", errors)}");

    public static Problem NoSuchComponents(IReadOnlyCollection<string> ids) =>
        Problem.BadRequest($"linked component does not exist: {string.Join(", ", ids)}");

    public static Problem Exists(GroupKind kind, string name) => Problem.Conflict(
        $"operation would conflict with an existing {kind.Noun} that has the same {(kind == GroupKind.Group ? "label" : "name")}: {name}");

    public static Problem AlreadyMember(GroupKind kind, string name, IEnumerable<string> ids) => Problem.Conflict(
        $"operation would conflict with an existing member in the same {kind.Noun}: {string.Join(", ", ids)} already in {name}");

    /// <summary>A component already in another partition, or in another group of the same exclusive group.</summary>
    public static Problem Exclusive(GroupKind kind, string? exclusiveGroup, IEnumerable<(string Id, string Holder)> clashes)
    {
        var where = kind == GroupKind.Partition ? "another partition" : $"another group of exclusive group {exclusiveGroup}";
        return Problem.Conflict(
            $"operation would conflict with an existing member in {where}: {string.Join(", ", clashes.Select(c => $"{c.Id} is in {c.Holder}"))}");
    }
}
