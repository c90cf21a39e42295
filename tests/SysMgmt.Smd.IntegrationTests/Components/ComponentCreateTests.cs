using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary><c>POST /State/Components</c>: defaults, force, validation and all-or-nothing writes.</summary>
public sealed class ComponentCreateTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Post_MinimalNode_GetsDefaults()
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "On"));

        var node = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal("Node", node.Str("Type"));
        Assert.Equal("On", node.Str("State"));
        Assert.Equal("OK", node.Str("Flag"));
        Assert.True(node.GetProperty("Enabled").GetBoolean());
        Assert.Equal("Compute", node.Str("Role"));
        Assert.Null(node.Str("SubRole"));
        // (1000+1)·16384 + 0·2048 + 0·32 + 0·4 + 0
        Assert.Equal(16400384, node.Long("NID"));
    }

    [Theory]
    [InlineData("x1000c0s0b0n0", 16400384)]
    [InlineData("x3000c7s19b1n1", (3001 * 16384) + (7 * 2048) + (19 * 32) + (1 * 4) + 1)]
    [InlineData("x0c0s0b0n0", 16384)]
    [InlineData("x1000c0s0b0n1v3", 16400384 + 3)]
    public async Task Post_NodeWithoutNid_GetsNidFromXname(string xname, long nid)
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(Comp(xname));

        Assert.Equal(nid, (await client.GetComponentAsync(xname)).Long("NID"));
    }

    [Fact]
    public async Task Post_NodeWithNodeMap_GetsNidRoleAndSubRoleFromIt()
    {
        using var client = Smd.CreateClient();
        using var map = await client.PostJsonAsync(NodeMapsPath, """{"NodeMaps":[{"ID":"x1000c0s0b0n0","NID":42,"Role":"Service","SubRole":"Worker"}]}""", Ct);
        await AssertStatusAsync(map, HttpStatusCode.OK);

        await client.PostComponentsAsync(Comp("x1000c0s0b0n0"), Comp("x1000c0s0b0n1"));

        var mapped = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal((42L, "Service", "Worker"), (mapped.Long("NID"), mapped.Str("Role"), mapped.Str("SubRole")));
        var unmapped = await client.GetComponentAsync("x1000c0s0b0n1");
        Assert.Equal((16400385L, "Compute", null), (unmapped.Long("NID"), unmapped.Str("Role"), unmapped.Str("SubRole")));
    }

    [Fact]
    public async Task Post_NodeWithExplicitValues_KeepsThemOverNodeMap()
    {
        using var client = Smd.CreateClient();
        using var map = await client.PostJsonAsync(NodeMapsPath, """{"ID":"x1000c0s0b0n0","NID":42,"Role":"Service","SubRole":"Worker"}""", Ct);
        await AssertStatusAsync(map, HttpStatusCode.OK);

        await client.PostComponentsAsync(Comp("x1000c0s0b0n0") with { NID = 0, Role = "Storage", SubRole = "Master" });

        var node = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal((0L, "Storage", "Master"), (node.Long("NID"), node.Str("Role"), node.Str("SubRole")));
    }

    [Fact]
    public async Task Post_NonNode_GetsNoRoleOrNid()
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(Comp("x1000c0s0b0"), Comp("x1000c0r1"));

        Assert.All(await client.GetComponentListAsync(ComponentsPath), c => Assert.DoesNotContain(Keys(c), k => k is "Role" or "NID"));
    }

    [Fact]
    public async Task Post_ClientType_IsIgnored()
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(Comp("x1000c0s0b0") with { Type = "Node" });

        Assert.Equal("NodeBMC", (await client.GetComponentAsync("x1000c0s0b0")).Str("Type"));
    }

    [Fact]
    public async Task Post_EnumsAndIdInAnyCase_StoredCanonically()
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(new Component
        {
            ID = " X01000C0S0B0N00 ", State = "ready", Flag = "warn", Role = "service", SubRole = "MASTER", NetType = "infiniband", Arch = "arm", Class = "river",
        });

        var node = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal(
            ["x1000c0s0b0n0", "Ready", "Warning", "Service", "Master", "Infiniband", "ARM", "River"],
            node.Fields("ID", "State", "Flag", "Role", "SubRole", "NetType", "Arch", "Class"));
    }

    [Fact]
    public async Task Post_ExistingWithoutForce_LeavesItAlone()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "On") with { Arch = "X86" });

        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "Off") with { Flag = "Alert", Arch = "ARM", Role = "Service", NID = 3 }, Comp("x1000c0s0b0n1"));

        var node = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal(["On", "OK", "X86", "Compute"], node.Fields("State", "Flag", "Arch", "Role"));
        Assert.Equal(16400384, node.Long("NID"));
        Assert.Equal(2, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Post_ExistingWithForce_OverwritesStateFlagAndGivenHardwareFieldsOnly()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(
            Comp("x1000c0s0b0n0", "On") with { Role = "Service", SubRole = "Worker", NID = 5, Subtype = "A1", NetType = "Sling", Arch = "X86", Class = "River" },
            Comp("x1000c0s0b0n1", "On") with { Arch = "X86", Class = "River" });

        await client.PostComponentsAsync(
            [
                Comp("x1000c0s0b0n0", "Off") with { Flag = "Alert", Arch = "ARM", Role = "Storage", SubRole = "Master", NID = 99, Enabled = false },
                Comp("x1000c0s0b0n1", "Standby"),
            ],
            force: true);

        var first = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal(["Off", "Alert", "ARM", "A1", "Sling", "River"],
            first.Fields("State", "Flag", "Arch", "Subtype", "NetType", "Class"));
        Assert.Equal(("Service", "Worker", 5L, true), (first.Str("Role"), first.Str("SubRole"), first.Long("NID"), first.GetProperty("Enabled").GetBoolean()));
        var second = await client.GetComponentAsync("x1000c0s0b0n1");
        Assert.Equal(["Standby", "OK", "X86", "River"], second.Fields("State", "Flag", "Arch", "Class"));
    }

    [Fact]
    public async Task Post_RepeatedId_FirstOccurrenceCounts()
    {
        using var client = Smd.CreateClient();

        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "On"), Comp("X1000C0S0B0N0", "Off"), Comp("x01000c0s0b0n0", "Standby"));

        Assert.Equal("On", (await client.GetComponentAsync("x1000c0s0b0n0")).Str("State"));
        Assert.Equal(1, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Post_RepeatedIdWithForce_FirstOccurrenceCounts()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "Ready"));

        await client.PostComponentsAsync([Comp("x1000c0s0b0n0", "On"), Comp("x1000c0s0b0n0", "Off")], force: true);

        Assert.Equal("On", (await client.GetComponentAsync("x1000c0s0b0n0")).Str("State"));
    }

    [Fact]
    public async Task Post_KeysInAnyCase_AreRead()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "On"));

        using var response = await client.PostJsonAsync(ComponentsPath, """{"components":[{"id":"x1000c0s0b0n0","state":"off","FLAG":"alert","arch":"arm"}],"FORCE":true}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        var node = await client.GetComponentAsync("x1000c0s0b0n0");
        Assert.Equal(["Off", "Alert", "ARM"], node.Fields("State", "Flag", "Arch"));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Post_NonJsonContentType_IsReadAsJson(string? mediaType)
    {
        using var client = Smd.CreateClient();
        using var content = new StringContent("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On"}]}""", Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);

        using var response = await client.PostAsync(ComponentsPath, content, Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(1, await Smd.CountComponentsAsync());
    }

    [Theory]
    [InlineData("{}", "Missing Components")]
    [InlineData("""{"Components":[]}""", "Missing Components")]
    [InlineData("""{"Components":null}""", "Missing Components")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0"}]}""", "x1000c0s0b0n0: State is required")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":""}]}""", "State is required")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"Sleeping"}]}""", "State 'Sleeping' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","Flag":"Purple"}]}""", "Flag 'Purple' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","Role":"Wizard"}]}""", "Role 'Wizard' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","SubRole":"Boss"}]}""", "SubRole 'Boss' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","NetType":"Carrier"}]}""", "NetType 'Carrier' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","Arch":"Sparc"}]}""", "Arch 'Sparc' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","Class":"Desert"}]}""", "Class 'Desert' is invalid")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","NID":-1}]}""", "NID -1 is negative")]
    [InlineData("""{"Components":[{"ID":"x1c9","State":"On"}]}""", "chassis number 9 is out of range 0-7")]
    [InlineData("""{"Components":[{"State":"On"}]}""", "xname ID '' is invalid")]
    [InlineData("""{"Components":[{"ID":"p1","State":"On"}]}""", "'p1' is a partition name")]
    [InlineData("""{"Components":[{"ID":"p1.2","State":"On"}]}""", "partition name")]
    [InlineData("""{"Components":[{"ID":"all","State":"On"}]}""", "'all' is invalid")]
    [InlineData("""{"Components":[{"ID":"all_comp","State":"On"}]}""", "'all_comp' is invalid")]
    [InlineData("""{"Components":[{"ID":"all_svc","State":"On"}]}""", "'all_svc' is invalid")]
    public async Task Post_InvalidBody_Returns400NamingTheProblem(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ComponentsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(0, await Smd.CountComponentsAsync());
    }

    [Theory]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On","Enabled":"fake"}]}""", "field 'Components[0].Enabled' has the wrong type: expected true or false")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On"},{"ID":"x1000c0s0b0n1","State":"On","NID":"seven"}]}""", "field 'Components[1].NID' has the wrong type: expected an integer")]
    [InlineData("""{"Components":[{"ID":7,"State":"On"}]}""", "field 'Components[0].ID' has the wrong type: expected a string")]
    [InlineData("""{"Components":{"ID":"x1000c0s0b0n0"}}""", "field 'Components' has the wrong type: expected an array")]
    [InlineData("""{"Components":[],"Force":"yes"}""", "field 'Force' has the wrong type: expected true or false")]
    [InlineData("""[{"ID":"x1000c0s0b0n0","State":"On"}]""", "has the wrong type")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0","State":"On"}""", "malformed JSON")]
    [InlineData("""{"Components":[{"ID":"x1000c0s0b0n0",,}]}""", "malformed JSON")]
    [InlineData("", "a JSON object body is required")]
    [InlineData("null", "a JSON object body is required")]
    public async Task Post_UnreadableJson_Returns400(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ComponentsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(0, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Post_NidAsString_IsAccepted()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(ComponentsPath, """{"Components":[{"ID":"x1000c0s0b0n0","State":"On","NID":"27"}]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(27, (await client.GetComponentAsync("x1000c0s0b0n0")).Long("NID"));
    }

    [Fact]
    public async Task Post_OneInvalidComponentInBatch_StoresNothing()
    {
        using var client = Smd.CreateClient();
        var components = Enumerable.Range(0, 100).Select(i => Comp($"x1000c0s{i / 4}b0n{i % 4}")).ToArray();
        components[57] = components[57] with { State = "Sleeping" };

        using var response = await client.PostJsonAsync(ComponentsPath, Json(new { Components = components }), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "x1000c0s14b0n1: State 'Sleeping' is invalid");
        Assert.Equal(0, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Post_OneInvalidComponentWithForce_ChangesNothing()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0", "On"));

        using var response = await client.PostJsonAsync(ComponentsPath,
            """{"Components":[{"ID":"x1000c0s0b0n0","State":"Off"},{"ID":"x1000c0s0b0n1","State":"Off"},{"ID":"x1c9","State":"Off"}],"force":true}""", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "x1c9");
        Assert.Equal("On", (await client.GetComponentAsync("x1000c0s0b0n0")).Str("State"));
        Assert.Equal(1, await Smd.CountComponentsAsync());
    }

    [Fact]
    public async Task Post_ManyInvalidComponents_ListsFiveAndCountsTheRest()
    {
        using var client = Smd.CreateClient();
        var components = Enumerable.Range(0, 8).Select(i => Comp($"x1000c0s{i}b0n0", "Bogus")).ToArray();

        using var response = await client.PostJsonAsync(ComponentsPath, Json(new { Components = components }), Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "couldn't validate components: ");
        Assert.EndsWith("; and 3 more", detail, StringComparison.Ordinal);
        Assert.Contains("x1000c0s4b0n0", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("x1000c0s5b0n0", detail, StringComparison.Ordinal);
    }
}
