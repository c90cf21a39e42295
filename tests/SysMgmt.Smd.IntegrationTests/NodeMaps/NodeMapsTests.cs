using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.NodeMaps;

/// <summary><c>/hsm/v2/Defaults/NodeMaps</c>: create or replace in bulk, read, replace one, delete.</summary>
public sealed class NodeMapsTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Post_ArrayForm_StoresAllAndCounts()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath,
            """{"NodeMaps":[{"ID":"x3000c0s19b1n0","NID":1,"Role":"compute","SubRole":"worker"},{"ID":"X3000C0S19B2N0","NID":2}]}""", Ct);

        await AssertMessageAsync(response, "Created or modified 2 entries");
        var maps = await GetMapsAsync(client);
        Assert.Equal(["x3000c0s19b1n0", "x3000c0s19b2n0"], maps.Select(m => m.Str("ID")));
        Assert.Equal(["Compute", "Worker"], maps[0].Fields("Role", "SubRole"));
        Assert.Equal(["ID", "NID"], Keys(maps[1]));
    }

    [Fact]
    public async Task Post_SingleObjectForm_StoresIt()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath, """{"id":"x3000c0s19b1n0","nid":7,"role":"Service"}""", Ct);

        await AssertMessageAsync(response, "Created or modified 1 entries");
        var map = await GetMapAsync(client, "x3000c0s19b1n0");
        Assert.Equal((7L, "Service"), (map.Long("NID"), map.Str("Role")));
    }

    [Fact]
    public async Task Post_AnchorsExampleFile_StoresItsFourMaps()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath, File.ReadAllText(RepositoryPaths.Fixture("smd/node_map_example.json")), Ct);

        await AssertMessageAsync(response, "Created or modified 4 entries");
        var maps = await GetMapsAsync(client);
        Assert.Equal(
            ["x0c0s21b0n0=4", "x0c0s24b0n0=3", "x0c0s26b0n0=2", "x0c0s28b0n0=1"],
            maps.Select(m => $"{m.Str("ID")}={m.Long("NID")}"));
    }

    [Fact]
    public async Task Post_VirtualNode_IsAccepted()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath, """{"NodeMaps":[{"ID":"x1000c0s0b0n0v2","NID":9}]}""", Ct);

        await AssertMessageAsync(response, "Created or modified 1 entries");
    }

    [Theory]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1},{"ID":"x1000c0s0b0","NID":2}]}""", "idx 1", "x1000c0s0b0")]
    [InlineData("""{"NodeMaps":[{"ID":"x1c9s0b0n0","NID":1}]}""", "idx 0", "not a node")]
    [InlineData("""{"NodeMaps":[{"NID":1}]}""", "idx 0", "invalid or not a node")]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1},{"ID":"x1000c0s0b0n1","NID":2},{"ID":"x1000c0s0b0n2","NID":0}]}""", "idx 2", "NID '0' is out of range")]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":-4}]}""", "idx 0", "NID '-4' is out of range")]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0"}]}""", "idx 0", "NID '0' is out of range")]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1,"Role":"Wizard"}]}""", "idx 0", "Role 'Wizard' is not valid")]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1,"SubRole":"Boss"}]}""", "idx 0", "SubRole 'Boss' is not valid")]
    [InlineData("""{"ID":"x1000c0s0b0","NID":1}""", "idx 0", "not a node")]
    public async Task Post_InvalidEntry_Returns400NamingIndexAndStoresNothing(string json, string index, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath, json, Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Contains($"couldn't validate map data at {index}", detail, StringComparison.Ordinal);
        Assert.Equal(0, await Smd.CountNodeMapsAsync());
    }

    [Theory]
    [InlineData("""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":"one"}]}""", "field 'NodeMaps[0].NID' has the wrong type: expected an integer")]
    [InlineData("""{"NodeMaps":{"ID":"x1000c0s0b0n0","NID":1}}""", "field 'NodeMaps' has the wrong type: expected an array")]
    [InlineData("""{"NodeMaps":[""", "malformed JSON")]
    [InlineData("", "a JSON object body is required")]
    public async Task Post_UnreadableJson_Returns400(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Post_NidOfAnotherStoredNode_Returns409AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1}]}""");

        using var response = await client.PostJsonAsync(NodeMapsPath,
            """{"NodeMaps":[{"ID":"x1000c0s0b0n2","NID":5},{"ID":"x1000c0s0b0n1","NID":1}]}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing xname ID that has the same NID: x1000c0s0b0n1 cannot have NID 1: x1000c0s0b0n0 has it");
        Assert.Equal(["x1000c0s0b0n0=1"], (await GetMapsAsync(client)).Select(m => $"{m.Str("ID")}={m.Long("NID")}"));
    }

    [Fact]
    public async Task Post_SeveralNidsOfStoredNodes_Returns409NamingEachClash()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1},{"ID":"x1000c0s0b0n1","NID":2},{"ID":"x1000c0s0b0n2","NID":3}]}""");

        // n1 gives up 2 for 1, which n0 keeps; n3 wants 3, which n2 keeps; n2 itself moving is no clash.
        using var response = await client.PostJsonAsync(NodeMapsPath,
            """{"NodeMaps":[{"ID":"x1000c0s0b0n3","NID":3},{"ID":"x1000c0s0b0n1","NID":1},{"ID":"x1000c0s0b0n4","NID":2}]}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing xname ID that has the same NID: x1000c0s0b0n1 cannot have NID 1: x1000c0s0b0n0 has it; x1000c0s0b0n3 cannot have NID 3: x1000c0s0b0n2 has it");
        Assert.Equal(3, await Smd.CountNodeMapsAsync());
    }

    [Fact]
    public async Task Post_SameNidTwiceInBody_Returns409()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath,
            """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":3},{"ID":"x1000c0s0b0n1","NID":3}]}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing xname ID that has the same NID: NID 3 is asked for by x1000c0s0b0n0 and x1000c0s0b0n1");
        Assert.Equal(0, await Smd.CountNodeMapsAsync());
    }

    [Fact]
    public async Task Post_SwapNidsOfTwoNodes_Succeeds()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1},{"ID":"x1000c0s0b0n1","NID":2}]}""");

        using var response = await client.PostJsonAsync(NodeMapsPath,
            """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":2},{"ID":"x1000c0s0b0n1","NID":1}]}""", Ct);

        await AssertMessageAsync(response, "Created or modified 2 entries");
        Assert.Equal(["x1000c0s0b0n0=2", "x1000c0s0b0n1=1"], (await GetMapsAsync(client)).Select(m => $"{m.Str("ID")}={m.Long("NID")}"));
    }

    [Fact]
    public async Task Post_RepeatedId_LastEntryCounts()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(NodeMapsPath,
            """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1,"Role":"Compute"},{"ID":"X1000C0S0B0N0","NID":9,"Role":"Service"}]}""", Ct);

        await AssertMessageAsync(response, "Created or modified 1 entries");
        var map = Assert.Single(await GetMapsAsync(client));
        Assert.Equal((9L, "Service"), (map.Long("NID"), map.Str("Role")));
    }

    [Fact]
    public async Task Post_ExistingId_ReplacesEveryField()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1,"Role":"Compute","SubRole":"Worker","NodeInfo":{"a":1}}]}""");

        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":4}]}""");

        Assert.Equal(["ID", "NID"], Keys(await GetMapAsync(client, "x1000c0s0b0n0")));
    }

    [Fact]
    public async Task NodeInfo_ArbitraryJson_RoundTrips()
    {
        using var client = Smd.CreateClient();
        const string Info = """{"rack":"A1","slots":[1,2,{"deep":null,"ok":true}],"weight":12.5,"name":"ünïcødé"}""";

        await PostMapsAsync(client, $$"""{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1,"NodeInfo":{{Info}}}]}""");

        var fromList = (await GetMapsAsync(client))[0].GetProperty("NodeInfo");
        var fromGet = (await GetMapAsync(client, "x1000c0s0b0n0")).GetProperty("NodeInfo");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(Info).RootElement, fromList), fromList.GetRawText());
        Assert.True(JsonElement.DeepEquals(fromList, fromGet));
    }

    [Fact]
    public async Task List_Empty_ReturnsEmptyArray()
    {
        using var client = Smd.CreateClient();

        var maps = await GetMapsAsync(client);

        Assert.Empty(maps);
    }

    [Fact]
    public async Task Get_UnnormalisedXname_FindsMap()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"ID":"x1000c0s0b0n0","NID":3}""");

        var map = await GetMapAsync(client, "X01000C0S0B0N0");

        Assert.Equal(("x1000c0s0b0n0", 3L), (map.Str("ID"), map.Long("NID")));
    }

    [Fact]
    public async Task Get_Missing_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{NodeMapsPath}/x1000c0s0b0n0", Ct);

        Assert.Equal("no such xname.", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Get_InvalidXname_Returns400()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{NodeMapsPath}/x1c9", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "chassis number 9 is out of range 0-7");
    }

    [Fact]
    public async Task Put_New_CreatesAndReturnsStoredMap()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{NodeMapsPath}/X1000C0S0B0N0", """{"NID":12,"Role":"service","NodeInfo":{"k":"v"}}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var returned = await response.ReadJsonAsync(Ct);
        Assert.Equal(("x1000c0s0b0n0", 12L, "Service"), (returned.Str("ID"), returned.Long("NID"), returned.Str("Role")));
        Assert.Equal(returned.GetRawText(), (await GetMapAsync(client, "x1000c0s0b0n0")).GetRawText());
    }

    [Fact]
    public async Task Put_Existing_ReplacesIt()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"ID":"x1000c0s0b0n0","NID":3,"Role":"Compute","SubRole":"Worker"}""");

        using var response = await client.PutJsonAsync($"{NodeMapsPath}/x1000c0s0b0n0", """{"ID":"x1000c0s0b0n0","NID":4,"Role":"Storage"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var map = await GetMapAsync(client, "x1000c0s0b0n0");
        Assert.Equal((4L, "Storage", null), (map.Long("NID"), map.Str("Role"), map.Str("SubRole")));
    }

    [Theory]
    [InlineData("x1000c0s0b0n0", """{"ID":"x1000c0s0b0n1","NID":4}""", "xname in URL and PUT body do not match")]
    [InlineData("x1000c0s0b0n0", """{"NID":0}""", "NID '0' is out of range")]
    [InlineData("x1000c0s0b0n0", """{"NID":1,"Role":"Wizard"}""", "Role 'Wizard' is not valid")]
    [InlineData("x1000c0s0b0", """{"NID":1}""", "not a node")]
    [InlineData("x1c9s0b0n0", """{"NID":1}""", "not a node")]
    [InlineData("x1000c0s0b0n0", """{"NID":"one"}""", "field 'NID' has the wrong type: expected an integer")]
    public async Task Put_Invalid_Returns400AndStoresNothing(string xname, string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{NodeMapsPath}/{xname}", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(0, await Smd.CountNodeMapsAsync());
    }

    [Fact]
    public async Task Put_NidOfAnotherNode_Returns409AndKeepsOld()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1},{"ID":"x1000c0s0b0n1","NID":2}]}""");

        using var response = await client.PutJsonAsync($"{NodeMapsPath}/x1000c0s0b0n1", """{"NID":1}""", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict,
            "operation would conflict with an existing xname ID that has the same NID: x1000c0s0b0n1 cannot have NID 1: x1000c0s0b0n0 has it");
        Assert.Equal(2, (await GetMapAsync(client, "x1000c0s0b0n1")).Long("NID"));
    }

    [Fact]
    public async Task Delete_Existing_DeletesOnlyIt()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":1},{"ID":"x1000c0s0b0n1","NID":2}]}""");

        using var response = await client.DeleteAsync($"{NodeMapsPath}/X1000C0S0B0N0", Ct);

        await AssertMessageAsync(response, "deleted 1 entry");
        Assert.Equal(["x1000c0s0b0n1"], (await GetMapsAsync(client)).Select(m => m.Str("ID")));
    }

    [Fact]
    public async Task Delete_Missing_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{NodeMapsPath}/x1000c0s0b0n0", Ct);

        Assert.Equal("no such xname.", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Delete_InvalidXname_Returns400()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{NodeMapsPath}/x1c9", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "chassis number 9 is out of range 0-7");
    }

    [Fact]
    public async Task DeleteAll_WithMaps_DeletesAndCounts()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, File.ReadAllText(RepositoryPaths.Fixture("smd/node_map_example.json")));

        using var response = await client.DeleteAsync(NodeMapsPath, Ct);

        await AssertMessageAsync(response, "deleted 4 entries");
        Assert.Equal(0, await Smd.CountNodeMapsAsync());
    }

    [Fact]
    public async Task DeleteAll_Empty_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync(NodeMapsPath, Ct);

        Assert.Equal("no entries to delete", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task DeletedMap_NoLongerGivesDefaults()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """{"ID":"x1000c0s0b0n0","NID":3,"Role":"Service"}""");
        using var delete = await client.DeleteAsync($"{NodeMapsPath}/x1000c0s0b0n0", Ct);
        await AssertStatusAsync(delete, HttpStatusCode.OK);

        await client.PostComponentsAsync(Comp("x1000c0s0b0n0"));

        Assert.Equal(["Compute"], (await client.GetComponentAsync("x1000c0s0b0n0")).Fields("Role"));
    }

    private static async Task PostMapsAsync(HttpClient client, string json)
    {
        using var response = await client.PostJsonAsync(NodeMapsPath, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
    }

    private static async Task<JsonElement[]> GetMapsAsync(HttpClient client)
    {
        using var response = await client.GetAsync(NodeMapsPath, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync(Ct)).GetProperty("NodeMaps").EnumerateArray()];
    }

    private static async Task<JsonElement> GetMapAsync(HttpClient client, string xname)
    {
        using var response = await client.GetAsync($"{NodeMapsPath}/{xname}", Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }
}
