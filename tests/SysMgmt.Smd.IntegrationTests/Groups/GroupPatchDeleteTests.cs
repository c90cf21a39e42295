using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary><c>PATCH</c> and <c>DELETE /groups/{label}</c>.</summary>
public sealed class GroupPatchDeleteTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";
    private const string BluePath = GroupsPath + "/blue";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0));
        await client.PostGroupAsync(GroupJson("blue", exclusive: "colors", tags: ["t1"], members: N0));
    }

    [Fact]
    public async Task Patch_DescriptionAndTags_ChangesOnlyThem()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync(BluePath, """{"description":"Updated","tags":["New_Tag","existing_tag"]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var group = await client.GetJsonAsync(BluePath);
        Assert.Equal(["blue", "Updated", "colors"], group.Fields("label", "description", "exclusiveGroup"));
        Assert.Equal(["new_tag", "existing_tag"], group.GetProperty("tags").Strings());
        Assert.Equal([N0], group.MemberIds());
    }

    [Fact]
    public async Task Patch_OnlyDescription_KeepsTags_AndEmptyTagsClearThem()
    {
        using var client = Smd.CreateClient();

        using (var described = await client.PatchJsonAsync(BluePath, """{"Description":"only this"}""", Ct))
        {
            await AssertStatusAsync(described, HttpStatusCode.NoContent);
        }

        Assert.Equal(["t1"], (await client.GetJsonAsync(BluePath)).GetProperty("tags").Strings());

        using (var cleared = await client.PatchJsonAsync(BluePath, """{"tags":[]}""", Ct))
        {
            await AssertStatusAsync(cleared, HttpStatusCode.NoContent);
        }

        var group = await client.GetJsonAsync(BluePath);
        Assert.False(group.TryGetProperty("tags", out _));
        Assert.Equal("only this", group.Str("description"));
    }

    [Theory]
    [InlineData("{}", "Request must have at least one patch field.")]
    [InlineData("""{"members":{"ids":[]}}""", "Request must have at least one patch field.")]
    [InlineData("""{"tags":["a b"]}""", "'a b' is not a valid tag")]
    [InlineData("""{"tags":"t2"}""", "field 'tags' has the wrong type")]
    [InlineData("""{"description":5}""", "field 'description' has the wrong type")]
    [InlineData("""{"description":""", "malformed JSON")]
    public async Task Patch_InvalidBody_Returns400AndChangesNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync(BluePath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(["t1"], (await client.GetJsonAsync(BluePath)).GetProperty("tags").Strings());
    }

    [Fact]
    public async Task Patch_InvalidLabel_Returns400()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync(GroupsPath + "/a%20b", """{"description":"x"}""", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "'a b' is not a valid group label");
    }

    [Fact]
    public async Task Patch_UnknownGroup_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PatchJsonAsync(GroupsPath + "/green", """{"description":"x"}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "No such group: green");
    }

    [Fact]
    public async Task Delete_Group_RemovesItAndItsMemberships_ButNotTheComponents()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync(GroupsPath + "/BLUE", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var message = await response.ReadJsonAsync(Ct);
        Assert.Equal((0, "deleted 1 entry"), (message.GetProperty("code").GetInt32(), message.Str("message")));
        Assert.Empty(await client.GetArrayAsync(GroupsPath));
        Assert.Empty((await client.GetJsonAsync($"{MembershipsPath}/{N0}")).GetProperty("groupLabels").Strings());
        await client.GetComponentAsync(N0);
    }

    [Fact]
    public async Task Delete_ThenTheExclusiveGroupIsFreeAgain()
    {
        using var client = Smd.CreateClient();
        using (var deleted = await client.DeleteAsync(BluePath, Ct))
        {
            await AssertStatusAsync(deleted, HttpStatusCode.OK);
        }

        await client.PostGroupAsync(GroupJson("red", exclusive: "colors", members: N0));

        Assert.Equal([N0], await client.GetMemberIdsAsync(GroupsPath + "/red"));
    }

    [Fact]
    public async Task Delete_UnknownGroup_Returns404_AndInvalidLabel400()
    {
        using var client = Smd.CreateClient();

        using var unknown = await client.DeleteAsync(GroupsPath + "/green", Ct);
        using var invalid = await client.DeleteAsync(GroupsPath + "/a%2Cb", Ct);

        await ProblemAssert.HasProblemAsync(unknown, HttpStatusCode.NotFound, "No such group: green");
        await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "'a,b' is not a valid group label");
    }

    [Fact]
    public async Task Delete_Component_LeavesItsGroups()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{ComponentsPath}/{N0}", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Empty(await client.GetMemberIdsAsync(BluePath));
    }
}
