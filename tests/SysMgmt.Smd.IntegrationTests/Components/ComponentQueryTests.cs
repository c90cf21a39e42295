using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary><c>POST /ByNID/Query</c>, <c>POST /Query</c> and <c>GET /Query/{xname}</c> over one component tree.</summary>
public sealed class ComponentQueryTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Chassis = "x1000c0";            // On
    private const string Bmc0 = "x1000c0s0b0";           // Ready
    private const string N0 = "x1000c0s0b0n0";           // Ready  NID 1   partition p1
    private const string N1 = "x1000c0s0b0n1";           // Off    NID 2   disabled
    private const string Slot1 = "x1000c0s1";            // Ready  (ComputeModule)
    private const string Bmc1 = "x1000c0s1b0";           // Ready
    private const string S1N0 = "x1000c0s1b0n0";         // On     NID 3
    private const string S10N0 = "x1000c0s10b0n0";       // Ready  NID 10  (a prefix of x1000c0s1 by text, not a child)
    private const string EmptyNode = "x1000c1s0b0n0";    // Empty  NID 20
    private const string River = "x3000c0s19b1n0";       // Ready  NID 0   partition p1

    private const string ByNidQuery = $"{ComponentsPath}/ByNID/Query";
    private const string Query = $"{ComponentsPath}/Query";

    private static readonly string[] s_all = [Chassis, Bmc0, N0, N1, Slot1, S10N0, Bmc1, S1N0, EmptyNode, River];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(
            Comp(River) with { NID = 0 },
            Comp(EmptyNode, "Empty") with { NID = 20 },
            Comp(S10N0) with { NID = 10 },
            Comp(S1N0, "On") with { NID = 3 },
            Comp(Bmc1),
            Comp(Slot1),
            Comp(N1, "Off") with { NID = 2, Enabled = false },
            Comp(N0) with { NID = 1 },
            Comp(Bmc0),
            Comp(Chassis, "On"));
        await Smd.AddToPartitionAsync("p1", N0, River);
    }

    [Theory]
    [InlineData("""{"NIDRanges":["1-2","10"]}""", new[] { N0, N1, S10N0 })]
    [InlineData("""{"NIDRanges":["0-3"]}""", new[] { N0, N1, S1N0, River })]
    [InlineData("""{"NIDRanges":["3","1"]}""", new[] { N0, S1N0 })]
    [InlineData("""{"NIDRanges":["2-2"]}""", new[] { N1 })]
    [InlineData("""{"NIDRanges":["10-19","0"]}""", new[] { S10N0, River })]
    [InlineData("""{"NIDRanges":["999"]}""", new string[0])]
    [InlineData("""{"nidranges":["20"]}""", new[] { EmptyNode })]
    [InlineData("""{"NIDRanges":["0-100"],"state":"Ready"}""", new[] { N0, S10N0, River })]
    [InlineData("""{"NIDRanges":["0-100"],"state":["Ready","On"]}""", new[] { N0, S10N0, S1N0, River })]
    [InlineData("""{"NIDRanges":["0-100"],"State":["!Ready"],"FLAG":"ok"}""", new[] { N1, S1N0, EmptyNode })]
    [InlineData("""{"NIDRanges":["0-100"],"enabled":false}""", new[] { N1 })]
    [InlineData("""{"NIDRanges":["0-100"],"enabled":["true"],"state":"!Empty"}""", new[] { N0, S10N0, S1N0, River })]
    [InlineData("""{"NIDRanges":["0-100"],"partition":"p1"}""", new[] { N0, River })]
    [InlineData("""{"NIDRanges":["0-100"],"partition":["NULL"],"role":"Compute"}""", new[] { N1, S10N0, S1N0, EmptyNode })]
    public async Task QueryByNid_RangesAndFilters_ReturnMatches(string json, string[] expected)
    {
        using var client = Smd.CreateClient();

        var ids = await client.PostForIdsAsync(ByNidQuery, json);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task QueryByNid_StateOnlyInBody_TrimsOutput()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ByNidQuery, """{"NIDRanges":["1-2"],"stateonly":true}""", Ct);

        var components = await response.ReadComponentListAsync();
        Assert.Equal([N0, N1], Ids(components));
        Assert.All(components, c => Assert.Equal(["Flag", "ID", "State", "Type"], Keys(c)));
    }

    [Fact]
    public async Task QueryByNid_NidOnlyInBody_TrimsOutput()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ByNidQuery, """{"NIDRanges":["0"],"NIDOnly":true}""", Ct);

        var component = Assert.Single(await response.ReadComponentListAsync());
        Assert.Equal(["ID", "NID", "Type"], Keys(component));
        Assert.Equal(0, component.Long("NID"));
    }

    [Theory]
    [InlineData("{}", "Missing NID ranges")]
    [InlineData("""{"NIDRanges":[]}""", "Missing NID ranges")]
    [InlineData("""{"NIDRanges":[""]}""", "'' is not a valid NID range")]
    [InlineData("""{"NIDRanges":["-1"]}""", "'-1' is not a valid NID range")]
    [InlineData("""{"NIDRanges":["5-"]}""", "'5-' is not a valid NID range")]
    [InlineData("""{"NIDRanges":["a-b"]}""", "'a-b' is not a valid NID range")]
    [InlineData("""{"NIDRanges":["1-2-3"]}""", "'1-2-3' is not a valid NID range")]
    [InlineData("""{"NIDRanges":["1","x"]}""", "'x' is not a valid NID range")]
    [InlineData("""{"NIDRanges":["1"],"state":"Dozing"}""", "'Dozing' is not a valid HMS State")]
    [InlineData("""{"NIDRanges":["1"],"type":["Node","Gizmo"]}""", "'Gizmo' is not a valid HMS Type")]
    [InlineData("""{"NIDRanges":"1-2"}""", "field 'NIDRanges' has the wrong type: expected an array")]
    [InlineData("""{"NIDRanges":["1"],"state":{"is":"Ready"}}""", "field 'state' has the wrong type")]
    [InlineData("""{"NIDRanges":["1"],"stateonly":"yes"}""", "field 'stateonly' has the wrong type: expected true or false")]
    public async Task QueryByNid_BadBody_Returns400(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ByNidQuery, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Theory]
    // Without a type: exactly the listed components (unknown IDs simply do not match).
    [InlineData("""{"ComponentIDs":["x1000c0s0b0"]}""", new[] { Bmc0 })]
    [InlineData("""{"ComponentIDs":["x1000c0s1b0n0","X1000C0S0B0N0","x1000c0s9b0n0"]}""", new[] { N0, S1N0 })]
    [InlineData("""{"componentids":["x1000c0s1"]}""", new[] { Slot1 })]
    // With a type: the listed components and everything under them, of those types.
    [InlineData("""{"ComponentIDs":["x1000c0s1"],"type":"Node"}""", new[] { S1N0 })]
    [InlineData("""{"ComponentIDs":["x1000c0s1"],"type":["Node","NodeBMC"]}""", new[] { Bmc1, S1N0 })]
    [InlineData("""{"ComponentIDs":["x1000c0s1"],"type":["ComputeModule"]}""", new[] { Slot1 })]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0","x1000c1"],"type":"node"}""", new[] { N0, N1, EmptyNode })]
    // s0 and all: the whole system.
    [InlineData("""{"ComponentIDs":["s0"]}""", new[] { Chassis, Bmc0, N0, N1, Slot1, S10N0, Bmc1, S1N0, EmptyNode, River })]
    [InlineData("""{"ComponentIDs":["all"]}""", new[] { Chassis, Bmc0, N0, N1, Slot1, S10N0, Bmc1, S1N0, EmptyNode, River })]
    [InlineData("""{"ComponentIDs":["s0"],"type":["Node"],"state":["!Empty"]}""", new[] { N0, N1, S10N0, S1N0, River })]
    // Filters as strings or arrays.
    [InlineData("""{"ComponentIDs":["s0"],"state":"On"}""", new[] { Chassis, S1N0 })]
    [InlineData("""{"ComponentIDs":["s0"],"state":["On","Off"],"type":"Node"}""", new[] { N1, S1N0 })]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0","x1000c0s0b0n1"],"enabled":["true"]}""", new[] { N0 })]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0","x1000c0s0b0n1"],"enabled":false}""", new[] { N1 })]
    [InlineData("""{"ComponentIDs":["s0"],"partition":"p1"}""", new[] { N0, River })]
    public async Task QueryByIds_Body_ReturnsMatches(string json, string[] expected)
    {
        using var client = Smd.CreateClient();

        var ids = await client.PostForIdsAsync(Query, json);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task QueryByIds_RoleOnlyInBody_TrimsOutput()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(Query, """{"ComponentIDs":["x1000c0s0b0n0"],"roleonly":true}""", Ct);

        var component = Assert.Single(await response.ReadComponentListAsync());
        Assert.Equal(["ID", "Role", "Type"], Keys(component));
    }

    [Theory]
    [InlineData("{}", "Missing IDs")]
    [InlineData("""{"ComponentIDs":[]}""", "Missing IDs")]
    [InlineData("""{"state":"Ready"}""", "Missing IDs")]
    [InlineData("""{"ComponentIDs":["x1000c0s0b0n0","x1c9"]}""", "invalid xname ID: 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7")]
    [InlineData("""{"ComponentIDs":["foo","bar"]}""", "'bar' is not a valid xname")]
    [InlineData("""{"ComponentIDs":["s0"],"flag":"Sunny"}""", "'Sunny' is not a valid HMS Flag")]
    [InlineData("""{"ComponentIDs":"x1000c0s0b0n0"}""", "field 'ComponentIDs' has the wrong type: expected an array")]
    public async Task QueryByIds_BadBody_Returns400(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(Query, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Theory]
    [InlineData("x1000c0s1", new[] { Slot1, Bmc1, S1N0 })]
    [InlineData("X1000C0S01", new[] { Slot1, Bmc1, S1N0 })]
    [InlineData("x1000c0s1?type=node", new[] { S1N0 })]
    [InlineData("x1000c0?type=NodeBMC", new[] { Bmc0, Bmc1 })]
    [InlineData("x1000c0?type=Node&state=Ready", new[] { N0, S10N0 })]
    [InlineData("x1000c0s0b0n0", new[] { N0 })]
    [InlineData("x1000c0s10", new[] { S10N0 })]
    [InlineData("x9000c0", new string[0])]
    [InlineData("s0", new[] { Chassis, Bmc0, N0, N1, Slot1, S10N0, Bmc1, S1N0, EmptyNode, River })]
    [InlineData("all", new[] { Chassis, Bmc0, N0, N1, Slot1, S10N0, Bmc1, S1N0, EmptyNode, River })]
    [InlineData("s0?type=node&state=!empty", new[] { N0, N1, S10N0, S1N0, River })]
    [InlineData("p1", new[] { N0, River })]
    [InlineData("p1?state=Off", new string[0])]
    [InlineData("p2", new string[0])]
    // The id filter does not apply here; the path names the subtree.
    [InlineData("x1000c0s1?id=x1000c0s0b0n0", new[] { Slot1, Bmc1, S1N0 })]
    public async Task QueryUnder_Xname_ReturnsItAndEverythingUnderIt(string pathAndQuery, string[] expected)
    {
        using var client = Smd.CreateClient();

        var ids = Ids(await client.GetComponentListAsync($"{Query}/{pathAndQuery}"));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task QueryUnder_FlagOnly_TrimsOutput()
    {
        using var client = Smd.CreateClient();

        var components = await client.GetComponentListAsync($"{Query}/x1000c0s0?flagonly=true");

        Assert.Equal([Bmc0, N0, N1], Ids(components));
        Assert.All(components, c => Assert.Equal(["Flag", "ID", "Type"], Keys(c)));
    }

    [Theory]
    [InlineData("x1c9", "chassis number 9 is out of range 0-7")]
    [InlineData("foo", "'foo' is not a valid xname")]
    [InlineData("x1000c0?state=Snoozing", "'Snoozing' is not a valid HMS State")]
    public async Task QueryUnder_Invalid_Returns400(string pathAndQuery, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{Query}/{pathAndQuery}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task QueryUnder_EverythingAtOnce_MatchesPlainList()
    {
        using var client = Smd.CreateClient();

        var under = Ids(await client.GetComponentListAsync($"{Query}/s0"));

        Assert.Equal(s_all, under);
        Assert.Equal(await client.GetIdsAsync(), under);
    }
}
