using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary>
/// Memberships, and the <c>group</c>/<c>partition</c> filters of the component routes, over groups and partitions
/// made through the API.
/// </summary>
public sealed class MembershipTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";  // blue, compute; p1
    private const string N1 = "x1000c0s0b0n1";  // blue, compute; p2
    private const string N2 = "x1000c0s1b0n0";  // red, compute; p1
    private const string N3 = "x1000c0s10b0n0"; // no group, no partition
    private const string Bmc = "x1000c0s0b0";   // no group; p2

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1), Comp(N2), Comp(N3, "Off"), Comp(Bmc));
        await client.PostGroupAsync(GroupJson("blue", exclusive: "colors", members: [N0, N1]));
        await client.PostGroupAsync(GroupJson("red", exclusive: "colors", members: N2));
        await client.PostGroupAsync(GroupJson("compute", members: [N2, N1, N0]));
        await client.PostPartitionAsync(PartitionJson("p1", members: [N0, N2]));
        await client.PostPartitionAsync(PartitionJson("p2", members: [N1, Bmc]));
    }

    [Fact]
    public async Task List_EveryComponent_WithItsGroupsAndPartition()
    {
        using var client = Smd.CreateClient();

        var memberships = await client.GetArrayAsync(MembershipsPath);

        Assert.Equal([Bmc, N0, N1, N3, N2], memberships.Select(m => m.Str("id")));
        Assert.All(memberships, m => Assert.Equal(["groupLabels", "id", "partitionName"], Keys(m)));
        Assert.Equal(["blue", "compute"], memberships[1].GetProperty("groupLabels").Strings());
        Assert.Equal("p1", memberships[1].Str("partitionName"));
        Assert.Empty(memberships[3].GetProperty("groupLabels").Strings());
        Assert.Equal("", memberships[3].Str("partitionName"));
        Assert.Equal("p2", memberships[0].Str("partitionName"));
    }

    [Theory]
    [InlineData("type=Node&state=Ready", new[] { N0, N1, N2 })]
    [InlineData("id=x1000c0s10b0n0", new[] { N3 })]
    [InlineData("group=compute&partition=p1", new[] { N0, N2 })]
    [InlineData("group=NULL", new[] { Bmc, N3 })]
    [InlineData("partition=!p1", new[] { Bmc, N1, N3 })]
    public async Task List_ComponentFilters_SelectTheComponents(string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        var memberships = await client.GetArrayAsync($"{MembershipsPath}?{query}");

        Assert.Equal(expected, memberships.Select(m => m.Str("id")));
    }

    [Theory]
    [InlineData("state=Sleepy", "'Sleepy' is not a valid HMS State")]
    [InlineData("group=a%20b", "'a b' is not a valid group name")]
    [InlineData("partition=NULL&partition=p1", "NULL and non-NULL partition")]
    public async Task List_InvalidFilter_Returns400(string query, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{MembershipsPath}?{query}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Get_OneComponent_AnyCase()
    {
        using var client = Smd.CreateClient();

        var membership = await client.GetJsonAsync($"{MembershipsPath}/X1000C0S1B0N0");

        Assert.Equal(N2, membership.Str("id"));
        Assert.Equal(["compute", "red"], membership.GetProperty("groupLabels").Strings());
        Assert.Equal("p1", membership.Str("partitionName"));
    }

    [Fact]
    public async Task Get_UnknownComponent_Returns404_InvalidXname400()
    {
        using var client = Smd.CreateClient();

        using var unknown = await client.GetAsync($"{MembershipsPath}/x1000c0s7b0n0", Ct);
        using var invalid = await client.GetAsync($"{MembershipsPath}/node7", Ct);

        await ProblemAssert.HasProblemAsync(unknown, HttpStatusCode.NotFound, "No such xname: x1000c0s7b0n0");
        await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "'node7' is not a valid xname");
    }

    [Theory]
    [InlineData("group=blue", new[] { N0, N1 })]
    [InlineData("group=blue&group=red", new[] { N0, N1, N2 })]
    [InlineData("group=NULL", new[] { Bmc, N3 })]
    [InlineData("group=!blue", new[] { Bmc, N3, N2 })]
    [InlineData("group=!blue&group=!red", new[] { Bmc, N3 })]
    [InlineData("group=compute&group=!red", new[] { N0, N1 })]
    [InlineData("partition=p1", new[] { N0, N2 })]
    [InlineData("partition=P01", new[] { N0, N2 })]
    [InlineData("partition=p1&partition=p2", new[] { Bmc, N0, N1, N2 })]
    [InlineData("partition=NULL", new[] { N3 })]
    [InlineData("partition=!p2", new[] { N0, N3, N2 })]
    [InlineData("group=compute&partition=p2", new[] { N1 })]
    [InlineData("group=NULL&partition=!p2", new[] { N3 })]
    [InlineData("type=Node&partition=NULL", new[] { N3 })]
    public async Task Components_GroupAndPartitionFilters_UseTheGroupsMadeThroughTheApi(string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        Assert.Equal(expected, await client.GetIdsAsync(query));
    }

    [Fact]
    public async Task Components_QueryByPartitionAndByIdsBody_UseTheGroupsMadeThroughTheApi()
    {
        using var client = Smd.CreateClient();

        var underP1 = Ids(await client.GetComponentListAsync($"{ComponentsPath}/Query/p1"));
        var bodyFiltered = await client.PostForIdsAsync($"{ComponentsPath}/Query", $$"""{"ComponentIDs":["{{N0}}","{{N1}}","{{N2}}"],"group":["!blue"]}""");

        Assert.Equal([N0, N2], underP1);
        Assert.Equal([N2], bodyFiltered);
    }

    [Fact]
    public async Task Components_FiltersFollowMembershipChanges()
    {
        using var client = Smd.CreateClient();

        using (var moved = await client.DeleteAsync($"{PartitionsPath}/p1/members/{N2}", Ct))
        {
            await AssertStatusAsync(moved, HttpStatusCode.OK);
        }

        await client.PostCreatedAsync($"{PartitionsPath}/p2/members", $$"""{"id":"{{N2}}"}""");
        using (var replaced = await client.PutJsonAsync($"{GroupsPath}/compute/members", $$"""{"ids":["{{N3}}"]}""", Ct))
        {
            await AssertStatusAsync(replaced, HttpStatusCode.Created);
        }

        Assert.Equal([N0], await client.GetIdsAsync("partition=p1"));
        Assert.Equal([N3], await client.GetIdsAsync("group=compute"));
        Assert.Equal([N1, N2], await client.GetIdsAsync("group=!compute&partition=p2&type=Node"));
    }
}
