using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary>Reading components: the wire shape, <c>GET /{xname}</c> and <c>GET /ByNID/{nid}</c>.</summary>
public sealed class ComponentReadTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task List_Empty_ReturnsEmptyComponentsArray()
    {
        using var client = Smd.CreateClient();

        var body = await client.GetStringAsync(ComponentsPath, Ct);

        Assert.Equal("""{"Components":[]}""", body);
    }

    [Theory]
    [InlineData("/hsm/v2/State/Components/")]
    [InlineData("/HSM/V2/state/components")]
    [InlineData("/hsm/v2/State/Components/?type=Node")]
    public async Task List_PathVariants_AreTheCollection(string path)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0"));

        var ids = Ids(await client.GetComponentListAsync(path));

        Assert.Equal(["x1000c0s0b0n0"], ids);
    }

    [Fact]
    public async Task Get_FullComponent_ReturnsEveryFieldInAnchorOrder()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x3000c0s19b1n0") with
        {
            SoftwareStatus = "AdminUp", Role = "Compute", SubRole = "Worker", NID = 1, Subtype = "Blade2", NetType = "Sling", Arch = "X86", Class = "River",
        });

        var body = await client.GetStringAsync($"{ComponentsPath}/x3000c0s19b1n0", Ct);

        Assert.Equal(
            """{"ID":"x3000c0s19b1n0","Type":"Node","State":"Ready","Flag":"OK","Enabled":true,"SoftwareStatus":"AdminUp","Role":"Compute","SubRole":"Worker","NID":1,"Subtype":"Blade2","NetType":"Sling","Arch":"X86","Class":"River"}""",
            body);
    }

    [Fact]
    public async Task Get_MinimalComponent_OmitsEmptyFields()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0", "On"));

        var component = await client.GetComponentAsync("x1000c0s0b0");

        Assert.Equal(["Enabled", "Flag", "ID", "State", "Type"], Keys(component));
    }

    [Fact]
    public async Task Get_ReservationColumns_AppearOnlyWhenTrue()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0"), Comp("x1000c0s1b0"), Comp("x1000c0s2b0"));
        await Smd.SetReservationAsync("x1000c0s0b0", locked: true, reservationDisabled: false);
        await Smd.SetReservationAsync("x1000c0s1b0", locked: false, reservationDisabled: true);

        var components = await client.GetComponentListAsync(ComponentsPath);

        Assert.True(components[0].GetProperty("Locked").GetBoolean());
        Assert.False(components[0].TryGetProperty("ReservationDisabled", out _));
        Assert.True(components[1].GetProperty("ReservationDisabled").GetBoolean());
        Assert.False(components[1].TryGetProperty("Locked", out _));
        Assert.DoesNotContain(Keys(components[2]), k => k is "Locked" or "ReservationDisabled");
    }

    [Fact]
    public async Task Get_NidZero_IsEmitted()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0") with { NID = 0 });

        var component = await client.GetComponentAsync("x1000c0s0b0n0");

        Assert.Equal(0, component.Long("NID"));
    }

    [Theory]
    [InlineData("X1000C0S0B0N0")]
    [InlineData("x01000c00s000b0n00")]
    [InlineData("%20x1000c0s0b0n0%20")]
    public async Task Get_UnnormalisedXname_FindsComponent(string xname)
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0"));

        var component = await client.GetComponentAsync(xname);

        Assert.Equal("x1000c0s0b0n0", component.Str("ID"));
    }

    [Fact]
    public async Task Get_Missing_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{ComponentsPath}/x1000c0s0b0n0", Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("no such xname.", detail);
    }

    [Theory]
    [InlineData("x1c9", "chassis number 9 is out of range 0-7")]
    [InlineData("foo", "'foo' is not a valid xname")]
    public async Task Get_InvalidXname_Returns400(string xname, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{ComponentsPath}/{xname}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task GetByNid_Exists_ReturnsComponent()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0") with { NID = 7 }, Comp("x1000c0s0b0n1") with { NID = 8 });

        using var response = await client.GetAsync($"{ComponentsPath}/ByNID/8", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        var component = await response.ReadJsonAsync(Ct);
        Assert.Equal(("x1000c0s0b0n1", 8L), (component.Str("ID"), component.Long("NID")));
    }

    [Fact]
    public async Task GetByNid_RepeatedNid_ReturnsFirstById()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s1b0n0") with { NID = 5 }, Comp("x1000c0s10b0n0") with { NID = 5 }, Comp("x1000c0s2b0n0") with { NID = 5 });

        using var response = await client.GetAsync($"{ComponentsPath}/ByNID/5", Ct);

        Assert.Equal("x1000c0s10b0n0", (await response.ReadJsonAsync(Ct)).Str("ID"));
    }

    [Fact]
    public async Task GetByNid_Missing_Returns404()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x1000c0s0b0n0") with { NID = 7 });

        using var response = await client.GetAsync($"{ComponentsPath}/ByNID/70", Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("no such NID.", detail);
    }

    [Theory]
    [InlineData("abc", "not an integer")]
    [InlineData("1.5", "not an integer")]
    [InlineData("-1", "out of range")]
    public async Task GetByNid_BadNid_Returns400(string nid, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{ComponentsPath}/ByNID/{nid}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }
}
