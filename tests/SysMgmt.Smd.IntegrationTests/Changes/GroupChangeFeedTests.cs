using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Changes.ChangeFeedRequests;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary>Groups and partitions are changes of their own; who is in them is each component's Membership change.</summary>
public sealed class GroupChangeFeedTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x3000c0s1b0n0";
    private const string N1 = "x3000c0s1b0n1";
    private const string N2 = "x3000c0s1b0n2";

    [Fact]
    public async Task Group_CreateMembersPatchDelete_AreRecordedWithEachComponentsMembership()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1), Comp(N2));
        var since = await client.LatestAsync();

        await client.PostGroupAsync(GroupJson("blue", tags: ["gpu"], members: [N0, N1]));
        await client.PostCreatedAsync($"{GroupsPath}/blue/members", $$"""{"id":"{{N2}}"}""");
        await AssertStatusAsync(await client.DeleteAsync($"{GroupsPath}/blue/members/{N0}", Ct), HttpStatusCode.OK);
        await Patch(client, $"{GroupsPath}/blue", """{"description":"renamed"}""", HttpStatusCode.NoContent);
        await AssertStatusAsync(await client.DeleteAsync($"{GroupsPath}/blue", Ct), HttpStatusCode.OK);

        var changes = await client.ReadAllAsync(since);

        Assert.Equal(
        [
            "Group Created blue",
            $"Membership Updated {N0} groupLabels",
            $"Membership Updated {N1} groupLabels",
            $"Membership Updated {N2} groupLabels",
            $"Membership Updated {N0} groupLabels",
            "Group Updated blue description",
        ], changes.Take(6).Select(Describe));
        Assert.Equal(
            ["Group Deleted blue", $"Membership Updated {N1} groupLabels", $"Membership Updated {N2} groupLabels"],
            changes.Skip(6).Select(Describe).Order(StringComparer.Ordinal));
        var created = changes[0].GetProperty("Data");
        Assert.Equal(("blue", "the blue group", "gpu"), (created.Str("label"), created.Str("description"), created.GetProperty("tags")[0].GetString()));
        Assert.False(created.TryGetProperty("members", out _));
        Assert.Equal(["blue"], changes[1].GetProperty("Data").GetProperty("groupLabels").Strings());
        Assert.Empty(changes[4].GetProperty("Data").GetProperty("groupLabels").Strings());
        Assert.All(changes.Skip(6).Where(c => c.Str("Kind") == "Membership"), c => Assert.Empty(c.GetProperty("Data").GetProperty("groupLabels").Strings()));
    }

    [Fact]
    public async Task Partition_Membership_IsWhatTheMembershipsRouteAnswers()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1));
        await client.PostGroupAsync(GroupJson("red", members: [N0]));
        var since = await client.LatestAsync();

        await client.PostPartitionAsync(PartitionJson("p1", members: [N0, N1]));

        var changes = await client.ReadAllAsync(since);

        Assert.Equal(["Partition Created p1", $"Membership Updated {N0} partitionName", $"Membership Updated {N1} partitionName"], changes.Select(Describe));
        Assert.Equal("p1", changes[0].GetProperty("Data").Str("name"));
        AssertJsonEqual(await client.GetJsonAsync($"{MembershipsPath}/{N0}"), changes[1].GetProperty("Data"));
    }

    [Fact]
    public async Task ReplacedMemberList_ReportsOnlyTheComponentsThatJoinedOrLeft()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1), Comp(N2));
        await client.PostGroupAsync(GroupJson("green", members: [N0, N1]));
        var since = await client.LatestAsync();

        using var response = await client.PutJsonAsync($"{GroupsPath}/green/members", $$"""{"ids":["{{N1}}","{{N2}}"]}""", Ct);
        Assert.True(response.IsSuccessStatusCode, $"PUT answered {(int)response.StatusCode}");

        var changes = await client.ReadAllAsync(since);

        Assert.Equal([$"Membership Updated {N0} groupLabels", $"Membership Updated {N2} groupLabels"], changes.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeletedComponent_ReportsItsDeletionNotAMembership()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0));
        await client.PostGroupAsync(GroupJson("gray", members: [N0]));
        var since = await client.LatestAsync();

        await AssertStatusAsync(await client.DeleteAsync($"{ComponentsPath}/{N0}", Ct), HttpStatusCode.OK);

        Assert.Equal([$"Component Deleted {N0}"], (await client.ReadAllAsync(since)).Select(Describe));
    }
}
