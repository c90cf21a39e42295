using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary><c>PUT /State/Components/{xname}</c>, <c>DELETE /{xname}</c> and <c>DELETE</c> of the collection.</summary>
public sealed class ComponentPutDeleteTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Node = "x1000c0s0b0n0";

    [Fact]
    public async Task Put_New_CreatesWithDefaults()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{ComponentsPath}/{Node}", """{"component":{"ID":"x1000c0s0b0n0","State":"On"}}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var node = await client.GetComponentAsync(Node);
        Assert.Equal(["On", "OK", "Compute"], node.Fields("State", "Flag", "Role"));
        Assert.Equal(16400384, node.Long("NID"));
    }

    [Fact]
    public async Task Put_BodyWithoutId_UsesPathXname()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{ComponentsPath}/X1000C0S0B0", """{"Component":{"State":"Ready","Arch":"ARM"}}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var bmc = await client.GetComponentAsync("x1000c0s0b0");
        Assert.Equal(["x1000c0s0b0", "NodeBMC", "Ready", "ARM"], bmc.Fields("ID", "Type", "State", "Arch"));
    }

    [Fact]
    public async Task Put_BodyIdDiffersOnlyInSpelling_IsAccepted()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{ComponentsPath}/{Node}", """{"Component":{"ID":"X01000C0S0B0N0","State":"Ready"}}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(Node, (await client.GetComponentAsync(Node)).Str("ID"));
    }

    [Fact]
    public async Task Put_ExistingWithoutForce_ChangesNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "On"));

        using var response = await client.PutJsonAsync($"{ComponentsPath}/{Node}", """{"component":{"State":"Off","Flag":"Alert","Arch":"ARM"}}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(["On", "OK", "(absent)"], (await client.GetComponentAsync(Node)).Fields("State", "Flag", "Arch"));
    }

    [Theory]
    [InlineData("""{"Component":{"State":"Off","Flag":"Alert","Arch":"ARM","Role":"Service","NID":9,"Enabled":false},"Force":true}""")]
    [InlineData("""{"component":{"state":"off","flag":"alert","arch":"arm","role":"service","nid":9,"enabled":false},"force":true}""")]
    [InlineData("""{"COMPONENT":{"STATE":"Off","FLAG":"Alert","ARCH":"ARM"},"FORCE":true}""")]
    public async Task Put_ExistingWithForce_OverwritesStateFlagAndGivenFieldsButNotNidRoleEnabled(string json)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node, "On") with { NID = 4, Class = "River" });

        using var response = await client.PutJsonAsync($"{ComponentsPath}/{Node}", json, Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var node = await client.GetComponentAsync(Node);
        Assert.Equal(["Off", "Alert", "ARM", "River", "Compute"], node.Fields("State", "Flag", "Arch", "Class", "Role"));
        Assert.Equal(4, node.Long("NID"));
        Assert.True(node.GetProperty("Enabled").GetBoolean());
    }

    [Theory]
    [InlineData(Node, """{"Component":{"ID":"x1000c0s0b0n1","State":"On"}}""", "ID in URL and PUT body do not match")]
    [InlineData(Node, """{"Force":true}""", "Missing component")]
    [InlineData(Node, """{"Component":null}""", "Missing component")]
    [InlineData(Node, """{"Component":{"ID":"x1000c0s0b0n0"}}""", "State is required")]
    [InlineData(Node, """{"Component":{"State":"Asleep"}}""", "State 'Asleep' is invalid")]
    [InlineData(Node, """{"Component":{"State":"On","Enabled":"yes"}}""", "field 'Component.Enabled' has the wrong type: expected true or false")]
    [InlineData(Node, """{"Component":{"State":"On"},"Force":"yes"}""", "field 'Force' has the wrong type: expected true or false")]
    [InlineData(Node, """{"Component":""", "malformed JSON")]
    [InlineData("x1c9", """{"Component":{"State":"On"}}""", "chassis number 9 is out of range 0-7")]
    [InlineData("p1", """{"Component":{"State":"On"}}""", "partition name")]
    public async Task Put_Invalid_Returns400AndStoresNothing(string xname, string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{ComponentsPath}/{xname}", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(0, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Delete_Existing_DeletesOnlyThatComponent()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node), Comp("x1000c0s0b0n1"));

        using var response = await client.DeleteAsync($"{ComponentsPath}/X1000C0S0B0N0", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal((0, "deleted 1 entry"), (body.GetProperty("code").GetInt32(), body.GetProperty("message").GetString()));
        Assert.Equal(["x1000c0s0b0n1"], await client.GetIdsAsync());
    }

    [Fact]
    public async Task Delete_Missing_Returns404()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n1"));

        using var response = await client.DeleteAsync($"{ComponentsPath}/{Node}", Ct);

        Assert.Equal("no such xname.", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
        Assert.Equal(1, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Delete_InvalidXname_Returns400()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{ComponentsPath}/x1c9", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "chassis number 9 is out of range 0-7");
    }

    [Fact]
    public async Task DeleteAll_WithComponents_DeletesThemAndCounts()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(Node), Comp("x1000c0s0b0n1"), Comp("x1000c0s0b0"));
        await Smd.AddToGroupAsync("blue", Node);

        using var response = await client.DeleteAsync(ComponentsPath, Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var body = await response.ReadJsonAsync(Ct);
        Assert.Equal((0, "deleted 3 entries"), (body.GetProperty("code").GetInt32(), body.GetProperty("message").GetString()));
        Assert.Equal(0, await Smd.CountComponentsAsync());
        Assert.Equal(0, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.component_group_members"));
    }

    [Fact]
    public async Task DeleteAll_Empty_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{ComponentsPath}/", Ct);

        Assert.Equal("no entries to delete", await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound));
    }
}
