using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Groups;

/// <summary><c>/hsm/v2/partitions</c>: names <c>p#</c>/<c>p#.#</c>, and a component in one partition at most.</summary>
public sealed class PartitionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string N0 = "x1000c0s0b0n0";
    private const string N1 = "x1000c0s0b0n1";
    private const string N2 = "x1000c0s1b0n0";
    private const string P1Path = PartitionsPath + "/p1";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0), Comp(N1), Comp(N2));
        await client.PostPartitionAsync(PartitionJson("p1", tags: ["tenant_a"], members: N0));
    }

    [Fact]
    public async Task Post_AnchorsExample_IsStoredAndReadBack()
    {
        using var client = Smd.CreateClient();

        var uri = await client.PostPartitionAsync("""{"name":"P2.1","description":"This is partition 2.1","tags":["Optional_Tag_A"],"members":{"ids":["x1000c0s0b0n1"]}}""");

        Assert.Equal("/hsm/v2/partitions/p2.1", uri);
        var partition = await client.GetJsonAsync(uri);
        Assert.Equal(["description", "members", "name", "tags"], Keys(partition));
        Assert.Equal(["p2.1", "This is partition 2.1"], partition.Fields("name", "description"));
        Assert.Equal(["optional_tag_a"], partition.GetProperty("tags").Strings());
        Assert.Equal([N1], partition.MemberIds());
    }

    [Fact]
    public async Task Post_NameOnly_LeavesOutDescriptionAndTags()
    {
        using var client = Smd.CreateClient();

        await client.PostPartitionAsync("""{"name":"p3"}""");

        Assert.Equal(["members", "name"], Keys(await client.GetJsonAsync(PartitionsPath + "/p3")));
    }

    [Fact]
    public async Task Post_MemberOfAnotherPartition_Returns409AndStoresNothing()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PartitionsPath, PartitionJson("p2", members: [N1, N0]), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            $"operation would conflict with an existing member in another partition: {N0} is in p1");
        Assert.Equal(["p1"], (await client.GetJsonAsync($"{PartitionsPath}/names")).Strings());
    }

    [Fact]
    public async Task Post_SameNameTwice_Returns409()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PartitionsPath, PartitionJson("P1"), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, "operation would conflict with an existing partition that has the same name: p1");
    }

    [Fact]
    public async Task Post_GroupWithAPartitionsName_IsADifferentThing()
    {
        using var client = Smd.CreateClient();

        await client.PostGroupAsync(GroupJson("p1", members: [N0, N1]));

        Assert.Equal([N0], await client.GetMemberIdsAsync(P1Path));
        Assert.Equal([N0, N1], await client.GetMemberIdsAsync(GroupsPath + "/p1"));
    }

    [Theory]
    [InlineData("""{"name":"partition1"}""", "couldn't validate partition: 'partition1' is not a valid partition name: use p# or p#.# (p1, p2.3)")]
    [InlineData("""{"name":"p1.2.3"}""", "'p1.2.3' is not a valid partition name")]
    [InlineData("""{"description":"no name"}""", "couldn't validate partition: name is missing")]
    [InlineData("""{"name":"p2","tags":["a b"]}""", "'a b' is not a valid tag")]
    [InlineData("""{"name":"p2","members":{"ids":["x1000c0s7b0n0"]}}""", "linked component does not exist: x1000c0s7b0n0")]
    [InlineData("""{"name":"p2","members":{"ids":["bogus"]}}""", "'bogus' is not a valid xname")]
    [InlineData("""{"name":2}""", "field 'name' has the wrong type")]
    [InlineData("""{"name":"p2","members":{"ids":[true]}}""", "field 'members.ids[0]' has the wrong type")]
    [InlineData("""{"name":"p2",""", "malformed JSON")]
    public async Task Post_InvalidBody_Returns400AndStoresNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PartitionsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(["p1"], (await client.GetJsonAsync($"{PartitionsPath}/names")).Strings());
    }

    [Fact]
    public async Task List_FiltersByNameAndTag()
    {
        using var client = Smd.CreateClient();
        await client.PostPartitionAsync(PartitionJson("p2", tags: ["tenant_b"], members: N1));

        Assert.Equal(["p1", "p2"], (await client.GetArrayAsync(PartitionsPath)).Select(p => p.Str("name")));
        Assert.Equal(["p2"], (await client.GetArrayAsync($"{PartitionsPath}?partition=P2")).Select(p => p.Str("name")));
        Assert.Equal(["p1"], (await client.GetArrayAsync($"{PartitionsPath}?tag=Tenant_A")).Select(p => p.Str("name")));
        Assert.Empty(await client.GetArrayAsync($"{PartitionsPath}?partition=p2&tag=tenant_a"));
    }

    [Fact]
    public async Task Patch_ChangesDescriptionAndTags_UnknownIs404_InvalidIs400()
    {
        using var client = Smd.CreateClient();

        using (var patched = await client.PatchJsonAsync(P1Path, """{"description":"Tenant A","tags":["TENANT_A","gold"]}""", Ct))
        {
            await AssertStatusAsync(patched, HttpStatusCode.NoContent);
        }

        using var unknown = await client.PatchJsonAsync(PartitionsPath + "/p9", """{"description":"x"}""", Ct);
        using var invalid = await client.PatchJsonAsync(PartitionsPath + "/blue", """{"description":"x"}""", Ct);
        using var empty = await client.PatchJsonAsync(P1Path, "{}", Ct);

        var partition = await client.GetJsonAsync(P1Path);
        Assert.Equal("Tenant A", partition.Str("description"));
        Assert.Equal(["tenant_a", "gold"], partition.GetProperty("tags").Strings());
        await ProblemAssert.HasProblemAsync(unknown, HttpStatusCode.NotFound, "No such partition: p9");
        await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "'blue' is not a valid partition name");
        await ProblemAssert.HasProblemAsync(empty, HttpStatusCode.BadRequest, "Request must have at least one patch field.");
    }

    [Fact]
    public async Task Delete_Partition_FreesItsMembers()
    {
        using var client = Smd.CreateClient();

        using (var deleted = await client.DeleteAsync(P1Path, Ct))
        {
            await AssertStatusAsync(deleted, HttpStatusCode.OK);
        }

        using var again = await client.DeleteAsync(P1Path, Ct);
        await ProblemAssert.HasProblemAsync(again, HttpStatusCode.NotFound, "No such partition: p1");
        await client.PostPartitionAsync(PartitionJson("p2", members: N0));
        Assert.Equal("p2", (await client.GetJsonAsync($"{MembershipsPath}/{N0}")).Str("partitionName"));
    }

    [Fact]
    public async Task Members_AddAndRemove()
    {
        using var client = Smd.CreateClient();

        var uri = await client.PostCreatedAsync($"{P1Path}/members", $$"""{"id":"{{N1}}"}""");
        Assert.Equal($"{P1Path}/members/{N1}", uri);
        Assert.Equal([N0, N1], (await client.GetJsonAsync($"{P1Path}/members")).MemberIds());

        using var removed = await client.DeleteAsync($"{P1Path}/members/{N0}", Ct);
        await AssertStatusAsync(removed, HttpStatusCode.OK);
        Assert.Equal([N1], await client.GetMemberIdsAsync(P1Path));
    }

    [Theory]
    [InlineData("p1", N0, HttpStatusCode.Conflict, "operation would conflict with an existing member in the same partition: " + N0 + " already in p1")]
    [InlineData("p2", N0, HttpStatusCode.Conflict, "operation would conflict with an existing member in another partition: " + N0 + " is in p1")]
    [InlineData("p9", N1, HttpStatusCode.NotFound, "No such partition: p9")]
    [InlineData("blue", N1, HttpStatusCode.BadRequest, "'blue' is not a valid partition name")]
    [InlineData("p2", "x1000c0s7b0n0", HttpStatusCode.BadRequest, "linked component does not exist: x1000c0s7b0n0")]
    [InlineData("p2", "bogus", HttpStatusCode.BadRequest, "'bogus' is not a valid xname")]
    public async Task Members_AddRefused_ReturnsProblem(string partition, string member, HttpStatusCode status, string expected)
    {
        using var client = Smd.CreateClient();
        await client.PostPartitionAsync(PartitionJson("p2"));

        using var response = await client.PostJsonAsync($"{PartitionsPath}/{partition}/members", $$"""{"id":"{{member}}"}""", Ct);

        await ProblemAssert.IsProblemAsync(response, status, expected);
        Assert.Empty(await client.GetMemberIdsAsync(PartitionsPath + "/p2"));
    }

    [Theory]
    [InlineData(P1Path + "/members/" + N1, HttpStatusCode.NotFound, "partition has no such member: p1 has no member " + N1)]
    [InlineData(PartitionsPath + "/p9/members/" + N0, HttpStatusCode.NotFound, "No such partition: p9")]
    [InlineData(P1Path + "/members/bogus", HttpStatusCode.BadRequest, "invalid xname ID: 'bogus' is not a valid xname")]
    [InlineData(PartitionsPath + "/blue/members/" + N0, HttpStatusCode.BadRequest, "'blue' is not a valid partition name")]
    public async Task Members_RemoveRefused_ReturnsProblem(string uri, HttpStatusCode status, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync(uri, Ct);

        await ProblemAssert.IsProblemAsync(response, status, expected);
    }

    [Fact]
    public async Task Members_ConcurrentAddsOfOneComponentToTwoPartitions_ExactlyOneWins()
    {
        using var client = Smd.CreateClient();
        await client.PostPartitionAsync(PartitionJson("p2"));
        await client.PostPartitionAsync(PartitionJson("p3"));

        for (var round = 0; round < 10; round++)
        {
            var responses = await Task.WhenAll(
                client.PostJsonAsync($"{PartitionsPath}/p2/members", $$"""{"id":"{{N2}}"}""", Ct),
                client.PostJsonAsync($"{PartitionsPath}/p3/members", $$"""{"id":"{{N2}}"}""", Ct));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var winner = responses[0].StatusCode == HttpStatusCode.Created ? "p2" : "p3";
            await ProblemAssert.HasProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict,
                $"operation would conflict with an existing member in another partition: {N2} is in {winner}");
            Assert.Equal(winner, (await client.GetJsonAsync($"{MembershipsPath}/{N2}")).Str("partitionName"));
            using var removed = await client.DeleteAsync($"{PartitionsPath}/{winner}/members/{N2}", Ct);
            await AssertStatusAsync(removed, HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Post_ConcurrentPartitionsWithTheSameMember_ExactlyOneIsCreated()
    {
        using var client = Smd.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(2, 6).Select(i => client.PostJsonAsync(PartitionsPath, PartitionJson($"p{i}", members: N2), Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, (await client.GetJsonAsync($"{PartitionsPath}/names")).GetArrayLength());
    }
}
