using SysMgmt.Smd.Groups;

namespace SysMgmt.Smd.Tests.Groups;

public sealed class GroupListFilterParserTests
{
    private static Dictionary<string, IReadOnlyList<string>> Query(params (string Name, string Value)[] pairs) =>
        pairs.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Value)], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void ParseGroups_LabelsTagsAndPartition_AreNormalised()
    {
        var filter = GroupListFilterParser.ParseGroups(Query(("group", "Blue"), ("group", "red"), ("tag", "T1"), ("partition", "P1")));

        Assert.Null(filter.Problem);
        Assert.Equal(["blue", "red"], filter.Value!.Names);
        Assert.Equal(["t1"], filter.Value.Tags);
        Assert.Equal(new MemberPartition("p1", false), filter.Value.Partition);
    }

    [Fact]
    public void ParseGroups_NullPartition_SelectsMembersInNone()
    {
        var filter = GroupListFilterParser.ParseGroups(Query(("partition", "NULL")));

        Assert.Equal(new MemberPartition(null, true), filter.Value!.Partition);
    }

    [Fact]
    public void ParseGroups_InvalidValues_AreAllReported()
    {
        var filter = GroupListFilterParser.ParseGroups(Query(("group", "a b"), ("tag", "!t"), ("partition", "group1")));

        Assert.NotNull(filter.Problem);
        Assert.Equal(400, filter.Problem.Status);
        Assert.StartsWith("bad query param: 'a b' is not a valid group label", filter.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("'!t' is not a valid tag", filter.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("'group1' is not a valid partition name", filter.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMemberPartition_Twice_IsRefused()
    {
        var partition = GroupListFilterParser.ParseMemberPartition(Query(("partition", "p1"), ("partition", "p2")));

        Assert.Equal("bad query param: partition may be given only once (a component is in one partition at most)", partition.Problem!.Detail);
    }

    [Fact]
    public void ParsePartitions_NamesAndTags_AreNormalised_AndGroupLabelsAreNotPartitionNames()
    {
        var filter = GroupListFilterParser.ParsePartitions(Query(("partition", "P1"), ("partition", "p2.1"), ("tag", "A")));
        var wrong = GroupListFilterParser.ParsePartitions(Query(("partition", "blue")));

        Assert.Equal(["p1", "p2.1"], filter.Value!.Names);
        Assert.Equal(["a"], filter.Value.Tags);
        Assert.Equal(MemberPartition.Any, filter.Value.Partition);
        Assert.Contains("'blue' is not a valid partition name", wrong.Problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoParameters_SelectsEverything()
    {
        var filter = GroupListFilterParser.ParseGroups(Query());

        Assert.Empty(filter.Value!.Names);
        Assert.Empty(filter.Value.Tags);
        Assert.Equal(MemberPartition.Any, filter.Value.Partition);
    }
}
