using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary>
/// The group reads (the list with its filters, labels, one group and its members) over one fixed set of groups and
/// partitions, and the refusals of the group and partition reads.
/// </summary>
public sealed class GroupReadTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";  // blue, compute; partition p1
    private const string N1 = "x1000c0s0b0n1";  // blue, compute; partition p2
    private const string N2 = "x1000c0s1b0n0";  // red, compute; no partition
    private const string N3 = "x1000c0s10b0n0"; // compute; no partition

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N3), Comp(N2), Comp(N1), Comp(N0));
        await client.PostGroupAsync(GroupJson("red", exclusive: "colors", tags: ["warm", "primary"], members: N2));
        await client.PostGroupAsync(GroupJson("blue", exclusive: "colors", tags: ["cool", "primary"], members: [N1, N0]));
        await client.PostGroupAsync(GroupJson("compute", members: [N3, N2, N1, N0]));
        await client.PostPartitionAsync(PartitionJson("p1", members: N0));
        await client.PostPartitionAsync(PartitionJson("p2", members: N1));
    }

    [Fact]
    public async Task List_NoFilter_ReturnsEveryGroupByLabelWithMembersByXname()
    {
        using var client = Smd.CreateClient();

        var groups = await client.GetArrayAsync(GroupsPath);

        Assert.Equal(["blue", "compute", "red"], groups.Select(g => g.Str("label")));
        Assert.Equal([N0, N1], groups[0].MemberIds());
        Assert.Equal([N0, N1, N3, N2], groups[1].MemberIds());
        Assert.Equal(["cool", "primary"], groups[0].GetProperty("tags").Strings());
        Assert.False(groups[1].TryGetProperty("exclusiveGroup", out _));
    }

    [Theory]
    [InlineData("group=blue", new[] { "blue" })]
    [InlineData("group=BLUE&group=red", new[] { "blue", "red" })]
    [InlineData("group=nosuchgroup", new string[0])]
    [InlineData("tag=primary", new[] { "blue", "red" })]
    [InlineData("tag=warm&tag=cool", new[] { "blue", "red" })]
    [InlineData("tag=Cool", new[] { "blue" })]
    [InlineData("group=red&tag=cool", new string[0])]
    [InlineData("tag=nosuchtag", new string[0])]
    public async Task List_GroupAndTagFilters_SelectGroups(string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        var groups = await client.GetArrayAsync($"{GroupsPath}?{query}");

        Assert.Equal(expected, groups.Select(g => g.Str("label")));
    }

    [Theory]
    [InlineData("partition=p1", new[] { N0 }, new[] { N0 })]
    [InlineData("partition=P2", new[] { N1 }, new[] { N1 })]
    [InlineData("partition=NULL", new string[0], new[] { N3, N2 })]
    public async Task List_PartitionFilter_NarrowsTheMembers(string query, string[] blue, string[] compute)
    {
        using var client = Smd.CreateClient();

        var groups = await client.GetArrayAsync($"{GroupsPath}?{query}");

        Assert.Equal(["blue", "compute", "red"], groups.Select(g => g.Str("label")));
        Assert.Equal(blue, groups[0].MemberIds());
        Assert.Equal(compute, groups[1].MemberIds());
    }

    [Theory]
    [InlineData(GroupsPath + "?group=a%20b", "bad query param: 'a b' is not a valid group label")]
    [InlineData(GroupsPath + "?tag=!cool", "'!cool' is not a valid tag")]
    [InlineData(GroupsPath + "?partition=group1", "'group1' is not a valid partition name")]
    [InlineData(GroupsPath + "?partition=p1&partition=p2", "partition may be given only once")]
    [InlineData(GroupsPath + "?partition=p9", "bad query param: no such partition: p9")]
    [InlineData(GroupsPath + "/blue?partition=p9", "no such partition: p9")]
    [InlineData(GroupsPath + "/blue/members?partition=x", "'x' is not a valid partition name")]
    [InlineData(GroupsPath + "/a%20b", "'a b' is not a valid group label")]
    [InlineData(GroupsPath + "/a%20b/members", "'a b' is not a valid group label")]
    [InlineData(PartitionsPath + "?partition=blue", "'blue' is not a valid partition name")]
    [InlineData(PartitionsPath + "?tag=a%20b", "'a b' is not a valid tag")]
    [InlineData(PartitionsPath + "/blue", "'blue' is not a valid partition name")]
    [InlineData(PartitionsPath + "/blue/members", "'blue' is not a valid partition name")]
    public async Task Get_InvalidNameOrFilter_Returns400(string uri, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync(uri, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Labels_AreSortedStrings()
    {
        using var client = Smd.CreateClient();

        var labels = await client.GetArrayAsync($"{GroupsPath}/labels");

        Assert.Equal(["blue", "compute", "red"], labels.Select(l => l.GetString()));
    }

    [Fact]
    public async Task Labels_NoGroups_IsAnEmptyArray()
    {
        await Smd.ResetAsync();
        using var client = Smd.CreateClient();

        Assert.Empty(await client.GetArrayAsync($"{GroupsPath}/labels"));
        Assert.Empty(await client.GetArrayAsync(GroupsPath));
    }

    [Fact]
    public async Task Get_OneGroup_AnyCaseOfTheLabel_WithPartitionFilter()
    {
        using var client = Smd.CreateClient();

        var group = await client.GetJsonAsync($"{GroupsPath}/Compute");
        var inNone = await client.GetJsonAsync($"{GroupsPath}/compute?partition=NULL");

        Assert.Equal("compute", group.Str("label"));
        Assert.Equal([N0, N1, N3, N2], group.MemberIds());
        Assert.Equal([N3, N2], inNone.MemberIds());
    }

    [Fact]
    public async Task Members_AreTheIdsObject_WithPartitionFilter()
    {
        using var client = Smd.CreateClient();

        var members = await client.GetJsonAsync($"{GroupsPath}/blue/members");
        var inP2 = await client.GetJsonAsync($"{GroupsPath}/blue/members?partition=p2");

        Assert.Equal(["ids"], Keys(members));
        Assert.Equal([N0, N1], members.MemberIds());
        Assert.Equal([N1], inP2.MemberIds());
    }

    [Theory]
    [InlineData(GroupsPath + "/green", "No such group: green")]
    [InlineData(GroupsPath + "/green/members", "No such group: green")]
    [InlineData(GroupsPath + "/green?partition=p1", "No such group: green")]
    [InlineData(PartitionsPath + "/p9", "No such partition: p9")]
    [InlineData(PartitionsPath + "/p9/members", "No such partition: p9")]
    public async Task Get_UnknownGroupOrPartition_Returns404(string uri, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync(uri, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, expected);
    }
}
