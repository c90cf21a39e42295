using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary><c>POST /groups</c>: labels, tags, exclusive groups and members, and every way a body can be refused.</summary>
public sealed class GroupCreateTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";
    private const string N1 = "x1000c0s0b0n1";
    private const string N2 = "x1000c0s1b0n0";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1), Comp(N2));
    }

    [Fact]
    public async Task Post_AnchorsExample_IsStoredNormalisedAndReadBack()
    {
        using var client = Smd.CreateClient();

        var uri = await client.PostGroupAsync(
            """{"label":"Blue","description":"This is the blue group","tags":["optional_tag1","Optional_Tag2"],"exclusiveGroup":"Optional_Excl_Group","members":{"ids":["X1000C0S0B0N1","x1000c0s0b0n0"]}}""");

        Assert.Equal("/hsm/v2/groups/blue", uri);
        var group = await client.GetJsonAsync(uri);
        Assert.Equal(["description", "exclusiveGroup", "label", "members", "tags"], Keys(group));
        Assert.Equal(["blue", "This is the blue group", "optional_excl_group"], group.Fields("label", "description", "exclusiveGroup"));
        Assert.Equal(["optional_tag1", "optional_tag2"], group.GetProperty("tags").Strings());
        Assert.Equal([N0, N1], group.MemberIds());
    }

    [Fact]
    public async Task Post_LabelOnly_AnswersEmptyDescriptionAndMembersWithoutTagsOrExclusiveGroup()
    {
        using var client = Smd.CreateClient();

        await client.PostGroupAsync("""{"Label":"red"}""");

        var group = await client.GetJsonAsync($"{GroupsPath}/red");
        Assert.Equal(["description", "label", "members"], Keys(group));
        Assert.Equal("", group.Str("description"));
        Assert.Empty(group.MemberIds());
    }

    [Fact]
    public async Task Post_SameLabelTwice_Returns409AndKeepsTheFirst()
    {
        using var client = Smd.CreateClient();
        await client.PostGroupAsync(GroupJson("blue", members: N0));

        using var response = await client.PostJsonAsync(GroupsPath, GroupJson("BLUE", members: N1), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing group that has the same label: blue");
        Assert.Equal([N0], await client.GetMemberIdsAsync($"{GroupsPath}/blue"));
    }

    [Fact]
    public async Task Post_ConcurrentSameLabel_ExactlyOneIsCreated()
    {
        using var client = Smd.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.PostJsonAsync(GroupsPath, GroupJson("race", members: N0), Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.component_group_members"));
    }

    [Fact]
    public async Task Post_MemberOfAnotherGroupOfTheSameExclusiveGroup_Returns409AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostGroupAsync(GroupJson("red", exclusive: "colors", members: [N0, N1]));

        using var response = await client.PostJsonAsync(GroupsPath, GroupJson("blue", exclusive: "Colors", members: [N2, N1]), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            $"operation would conflict with an existing member in another group of exclusive group colors: {N1} is in red");
        Assert.Equal(["red"], (await client.GetJsonAsync($"{GroupsPath}/labels")).Strings());
    }

    [Fact]
    public async Task Post_SameMemberInGroupsOfDifferentOrNoExclusiveGroups_IsAllowed()
    {
        using var client = Smd.CreateClient();

        await client.PostGroupAsync(GroupJson("red", exclusive: "colors", members: N0));
        await client.PostGroupAsync(GroupJson("large", exclusive: "sizes", members: N0));
        await client.PostGroupAsync(GroupJson("compute", members: N0));
        await client.PostGroupAsync(GroupJson("all", members: N0));

        var membership = await client.GetJsonAsync($"{MembershipsPath}/{N0}");
        Assert.Equal(["all", "compute", "large", "red"], membership.GetProperty("groupLabels").Strings());
    }

    [Fact]
    public async Task Post_MemberThatIsNoComponent_Returns400NamingItAndStoresNothing()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(GroupsPath, GroupJson("blue", members: [N0, "x9c0s0b0n0", "x9c0s0b0n1"]), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, "linked component does not exist: x9c0s0b0n0, x9c0s0b0n1");
        Assert.Empty(await client.GetArrayAsync(GroupsPath));
    }

    [Fact]
    public async Task Post_RepeatedMember_IsStoredOnce()
    {
        using var client = Smd.CreateClient();

        await client.PostGroupAsync(GroupJson("blue", members: [N0, "X1000C0S0B0N0", N1]));

        Assert.Equal([N0, N1], await client.GetMemberIdsAsync($"{GroupsPath}/blue"));
    }

    [Theory]
    [InlineData("""{"label":"a b"}""", "couldn't validate group: 'a b' is not a valid group label")]
    [InlineData("""{"label":"blue/green"}""", "'blue/green' is not a valid group label")]
    [InlineData("""{"description":"no label"}""", "couldn't validate group: label is missing")]
    [InlineData("""{"label":""}""", "label is missing")]
    [InlineData("""{"label":"blue","tags":["ok","not ok"]}""", "'not ok' is not a valid tag")]
    [InlineData("""{"label":"blue","exclusiveGroup":"a,b"}""", "'a,b' is not a valid exclusiveGroup")]
    [InlineData("""{"label":"blue","members":{"ids":["node7"]}}""", "'node7' is not a valid xname")]
    [InlineData("""{"label":"blue","members":{"ids":["p1"]}}""", "'p1' names a partition, not a component")]
    [InlineData("""{"label":"blue","members":{"ids":["x1000c9s0b0n0"]}}""", "chassis number 9 is out of range")]
    [InlineData("""{"label":7}""", "field 'label' has the wrong type")]
    [InlineData("""{"label":"blue","tags":"t1"}""", "field 'tags' has the wrong type")]
    [InlineData("""{"label":"blue","members":["x1000c0s0b0n0"]}""", "field 'members' has the wrong type")]
    [InlineData("""{"label":"blue","members":{"ids":"x1000c0s0b0n0"}}""", "field 'members.ids' has the wrong type")]
    [InlineData("""{"label":"blue","description":false}""", "field 'description' has the wrong type")]
    public async Task Post_InvalidBody_Returns400NamingTheProblemAndStoresNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(GroupsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.component_groups"));
    }

    [Theory]
    [InlineData("""{"label":"blue""")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task Post_MalformedJson_Returns400(string json)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(GroupsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_ReadOnlyToken_Returns403()
    {
        using var reader = Smd.CreateClient("read");

        using var response = await reader.PostJsonAsync(GroupsPath, GroupJson("blue"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(GroupsPath, Ct)).StatusCode);
    }
}
