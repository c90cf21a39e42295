using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// Reads the query strings of the group and partition reads: <c>group</c>/<c>partition</c> names and <c>tag</c>s,
/// repeatable (ORed); the member filter <c>partition</c> once, a name or <c>NULL</c>. Every invalid value is reported.
/// </summary>
internal static class GroupListFilterParser
{
    private const string NullPartition = "NULL";

    /// <summary><c>GET /groups</c>: <c>group</c>, <c>tag</c> and the member filter <c>partition</c>.</summary>
    public static Outcome<GroupListFilter> ParseGroups(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        var filter = new GroupListFilter(
            FilterValues.Normalized(Values(parameters, "group"), GroupFields.Label, errors),
            FilterValues.Normalized(Values(parameters, "tag"), GroupFields.Tag, errors),
            MemberPartition(parameters, errors));
        return Result(filter, errors);
    }

    /// <summary><c>GET /partitions</c>: <c>partition</c> names and <c>tag</c>.</summary>
    public static Outcome<GroupListFilter> ParsePartitions(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        var filter = new GroupListFilter(
            FilterValues.Normalized(Values(parameters, "partition"), GroupFields.PartitionName, errors),
            FilterValues.Normalized(Values(parameters, "tag"), GroupFields.Tag, errors),
            Groups.MemberPartition.Any);
        return Result(filter, errors);
    }

    /// <summary><c>GET /groups/{label}</c> and its <c>/members</c>: the member filter <c>partition</c> alone.</summary>
    public static Outcome<MemberPartition> ParseMemberPartition(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        var partition = MemberPartition(parameters, errors);
        return errors.Count == 0 ? partition : BadQuery(errors);
    }

    private static MemberPartition MemberPartition(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, List<string> errors)
    {
        var values = Values(parameters, "partition");
        switch (values.Count)
        {
            case 0:
                return Groups.MemberPartition.Any;
            case > 1:
                errors.Add("partition may be given only once (a component is in one partition at most)");
                return Groups.MemberPartition.Any;
        }

        if (values[0] == NullPartition)
        {
            return new MemberPartition(null, InNone: true);
        }

        var name = FilterValues.Normalized(values, GroupFields.PartitionName, errors);
        return name.Count == 1 ? new MemberPartition(name[0], InNone: false) : Groups.MemberPartition.Any;
    }

    private static IReadOnlyList<string> Values(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string name) =>
        parameters.TryGetValue(name, out var values) ? values : [];

    private static Outcome<GroupListFilter> Result(GroupListFilter filter, List<string> errors) =>
        errors.Count == 0 ? filter : BadQuery(errors);

    private static Problem BadQuery(List<string> errors) => Problem.BadRequest("bad query param: " + string.Join("; ", errors));
}
