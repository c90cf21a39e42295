using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary>A group's members: add one, remove one, and OpenCHAMI's replacement of the whole list.</summary>
public sealed class GroupMemberTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";
    private const string N1 = "x1000c0s0b0n1";
    private const string N2 = "x1000c0s1b0n0";
    private const string BlueMembers = GroupsPath + "/blue/members";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1), Comp(N2));
        await client.PostGroupAsync(GroupJson("blue", exclusive: "colors", members: N0));
        await client.PostGroupAsync(GroupJson("red", exclusive: "colors", members: N2));
    }

    [Fact]
    public async Task Post_Member_AddsIt_AndAnswersItsUri()
    {
        using var client = Smd.CreateClient();

        var uri = await client.PostCreatedAsync(BlueMembers, """{"id":"X1000C0S0B0N1"}""");

        Assert.Equal($"{BlueMembers}/{N1}", uri);
        Assert.Equal([N0, N1], await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Fact]
    public async Task Post_ExistingMember_Returns409()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(BlueMembers, $$"""{"id":"{{N0}}"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            $"operation would conflict with an existing member in the same group: {N0} already in blue");
    }

    [Fact]
    public async Task Post_MemberOfAnotherGroupOfTheExclusiveGroup_Returns409()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(BlueMembers, $$"""{"id":"{{N2}}"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            $"operation would conflict with an existing member in another group of exclusive group colors: {N2} is in red");
        Assert.Equal([N0], await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Fact]
    public async Task Post_ConcurrentAddsOfOneComponentToTwoGroupsOfAnExclusiveGroup_ExactlyOneWins()
    {
        using var client = Smd.CreateClient();

        for (var round = 0; round < 10; round++)
        {
            using (var removed = await client.DeleteAsync($"{GroupsPath}/red/members/{N2}", Ct))
            {
                await AssertStatusAsync(removed, HttpStatusCode.OK);
            }

            var responses = await Task.WhenAll(
                client.PostJsonAsync(BlueMembers, $$"""{"id":"{{N2}}"}""", Ct),
                client.PostJsonAsync($"{GroupsPath}/red/members", $$"""{"id":"{{N2}}"}""", Ct));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var holder = responses[0].StatusCode == HttpStatusCode.Created ? "blue" : "red";
            Assert.Equal([holder], (await client.GetJsonAsync($"{MembershipsPath}/{N2}")).GetProperty("groupLabels").Strings());
            if (holder == "blue")
            {
                using var back = await client.DeleteAsync($"{BlueMembers}/{N2}", Ct);
                await client.PostCreatedAsync($"{GroupsPath}/red/members", $$"""{"id":"{{N2}}"}""");
            }
        }
    }

    [Theory]
    [InlineData("""{"id":"node7"}""", "'node7' is not a valid xname")]
    [InlineData("""{"id":""}""", "a member id is missing")]
    [InlineData("{}", "a member id is missing")]
    [InlineData("""{"id":7}""", "field 'id' has the wrong type")]
    [InlineData("""{"id":["x1000c0s0b0n1"]}""", "field 'id' has the wrong type")]
    [InlineData("""{"id":""", "malformed JSON")]
    [InlineData("""{"id":"x1000c0s7b0n0"}""", "linked component does not exist: x1000c0s7b0n0")]
    public async Task Post_InvalidMember_Returns400(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(BlueMembers, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal([N0], await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Fact]
    public async Task Post_InvalidLabel_Returns400_AndUnknownGroup404()
    {
        using var client = Smd.CreateClient();

        using var invalid = await client.PostJsonAsync(GroupsPath + "/a%20b/members", $$"""{"id":"{{N1}}"}""", Ct);
        using var unknown = await client.PostJsonAsync(GroupsPath + "/green/members", $$"""{"id":"{{N1}}"}""", Ct);

        await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "'a b' is not a valid group label");
        await ProblemAssert.HasProblemAsync(unknown, HttpStatusCode.NotFound, "No such group: green");
    }

    [Fact]
    public async Task Delete_Member_RemovesIt()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{BlueMembers}/X1000C0S0B0N0", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("deleted 1 entry", (await response.ReadJsonAsync(Ct)).Str("message"));
        Assert.Empty(await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Theory]
    [InlineData(BlueMembers + "/" + N1, HttpStatusCode.NotFound, "group has no such member: blue has no member " + N1)]
    [InlineData(GroupsPath + "/green/members/" + N0, HttpStatusCode.NotFound, "No such group: green")]
    [InlineData(BlueMembers + "/node7", HttpStatusCode.BadRequest, "invalid xname ID: 'node7' is not a valid xname")]
    [InlineData(GroupsPath + "/a%20b/members/" + N0, HttpStatusCode.BadRequest, "'a b' is not a valid group label")]
    public async Task Delete_UnknownOrInvalid_ReturnsProblem(string uri, HttpStatusCode status, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync(uri, Ct);

        await ProblemAssert.IsProblemAsync(response, status, expected);
    }

    [Fact]
    public async Task Put_Members_ReplacesTheList_AndAnswersEveryMemberUri()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync(BlueMembers, $$"""{"group":"blue","ids":["{{N1}}","X1000C0S0B0N1"]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        var uris = (await response.ReadJsonAsync(Ct)).EnumerateArray().Select(u => u.Str("URI")).ToList();
        Assert.Equal([$"{BlueMembers}/{N1}"], uris);
        Assert.Equal([N1], await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Fact]
    public async Task Put_KeepsStayingMembers_AndAddsNewOnes()
    {
        using var client = Smd.CreateClient();
        var joined = await Smd.QueryScalarAsync<DateTime>($"SELECT joined_at FROM smd.component_group_members WHERE component_id = '{N0}'");

        using var response = await client.PutJsonAsync(BlueMembers, $$"""{"ids":["{{N1}}","{{N0}}"]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        var uris = (await response.ReadJsonAsync(Ct)).EnumerateArray().Select(u => u.Str("URI")).ToList();
        Assert.Equal([$"{BlueMembers}/{N0}", $"{BlueMembers}/{N1}"], uris);
        Assert.Equal(BlueMembers, response.Headers.Location?.OriginalString);
        Assert.Equal(joined, await Smd.QueryScalarAsync<DateTime>($"SELECT joined_at FROM smd.component_group_members WHERE component_id = '{N0}'"));
    }

    [Fact]
    public async Task Put_EmptyList_EmptiesTheGroup_With204()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync(BlueMembers, """{"group":"blue","ids":[]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Empty(await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Fact]
    public async Task Put_MemberOfAnotherGroupOfTheExclusiveGroup_Returns409AndChangesNothing()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync(BlueMembers, $$"""{"ids":["{{N1}}","{{N2}}"]}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            $"operation would conflict with an existing member in another group of exclusive group colors: {N2} is in red");
        Assert.Equal([N0], await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Theory]
    [InlineData("""{"group":"red","ids":[]}""", "group 'red' in the body does not match 'blue' in the URL")]
    [InlineData("""{"ids":["node7","x1000c0s0b0n1"]}""", "'node7' is not a valid xname")]
    [InlineData("""{"ids":["x1000c0s7b0n0"]}""", "linked component does not exist: x1000c0s7b0n0")]
    [InlineData("""{"ids":"x1000c0s0b0n1"}""", "field 'ids' has the wrong type")]
    [InlineData("""{"ids":[1]}""", "field 'ids[0]' has the wrong type")]
    [InlineData("""{"ids":[""", "malformed JSON")]
    public async Task Put_InvalidBody_Returns400AndChangesNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync(BlueMembers, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal([N0], await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }

    [Fact]
    public async Task Put_UnknownGroup_Returns404_AndInvalidLabel400()
    {
        using var client = Smd.CreateClient();

        using var unknown = await client.PutJsonAsync(GroupsPath + "/green/members", """{"ids":[]}""", Ct);
        using var invalid = await client.PutJsonAsync(GroupsPath + "/a%20b/members", """{"ids":[]}""", Ct);

        await ProblemAssert.HasProblemAsync(unknown, HttpStatusCode.NotFound, "No such group: green");
        await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "'a b' is not a valid group label");
    }

    [Fact]
    public async Task Put_ConcurrentReplacements_EndWithOneOfTheLists()
    {
        using var client = Smd.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            client.PutJsonAsync(BlueMembers, i % 2 == 0 ? $$"""{"ids":["{{N0}}"]}""" : $$"""{"ids":["{{N1}}"]}""", Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(await client.GetMemberIdsAsync(GroupsPath + "/blue"));
    }
}
