using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.PowerMaps;

/// <summary><c>/hsm/v2/sysinfo/powermaps</c>: which components power which, as CSM's power control reads it.</summary>
public sealed class PowerMapsTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string PowerMapsPath = "/hsm/v2/sysinfo/powermaps";

    [Fact]
    public async Task Get_NoMaps_ReturnsEmptyArray()
    {
        using var client = Smd.CreateClient();

        var maps = await client.GetJsonAsync(PowerMapsPath);

        Assert.Equal(JsonValueKind.Array, maps.ValueKind);
        Assert.Equal(0, maps.GetArrayLength());
    }

    [Fact]
    public async Task Post_SpecExample_StoresNormalisedAndListsByXname()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PowerMapsPath,
            """[{"id":"X0C0S2B0N0","poweredBy":["x0m0p0j10"]},{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10","X0M0P0J011"]}]""", Ct);

        await AssertMessageAsync(response, "Created or modified 2 entries");
        Assert.Equal(
            """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10","x0m0p0j11"]},{"id":"x0c0s2b0n0","poweredBy":["x0m0p0j10"]}]""",
            (await client.GetJsonAsync(PowerMapsPath)).GetRawText());
    }

    [Fact]
    public async Task Post_KeysInAnyCase_AreRead()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PowerMapsPath, """[{"ID":"x0c0s1b0n0","PoweredBy":["x0m0p0j10"]}]""", Ct);

        await AssertMessageAsync(response, "Created or modified 1 entries");
        Assert.Equal(["x0m0p0j10"], await SuppliersAsync(client, "x0c0s1b0n0"));
    }

    [Fact]
    public async Task Post_ExistingMap_ReplacesItsSuppliers()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10","x0m0p0j11"]}]""");

        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j12"]}]""");

        Assert.Equal(["x0m0p0j12"], await SuppliersAsync(client, "x0c0s1b0n0"));
    }

    [Fact]
    public async Task Post_RepeatedIdAndSupplier_LastEntryWinsAndEachSupplierOnce()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PowerMapsPath,
            """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]},{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j11","X0M0P0J11","x0m0p0j12"]}]""", Ct);

        await AssertMessageAsync(response, "Created or modified 1 entries");
        Assert.Equal(["x0m0p0j11", "x0m0p0j12"], await SuppliersAsync(client, "x0c0s1b0n0"));
    }

    [Fact]
    public async Task Post_EmptyArray_StoresNothing()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PowerMapsPath, "[]", Ct);

        await AssertMessageAsync(response, "Created or modified 0 entries");
    }

    [Theory]
    [InlineData("""[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]},{"id":"foo","poweredBy":["x0m0p0j10"]}]""", "idx 1: id 'foo' is not a valid xname")]
    [InlineData("""[{"poweredBy":["x0m0p0j10"]}]""", "idx 0: id '' is not a valid xname: it is empty")]
    [InlineData("""[{"id":"s0","poweredBy":["x0m0p0j10"]}]""", "idx 0: id 's0' is a System, not a component")]
    [InlineData("""[{"id":"x0c0s1b0n0"}]""", "idx 0: x0c0s1b0n0: poweredBy is required for PowerMaps")]
    [InlineData("""[{"id":"x0c0s1b0n0","poweredBy":[]}]""", "idx 0: x0c0s1b0n0: poweredBy is required for PowerMaps")]
    [InlineData("""[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10","x1c9"]}]""", "idx 0: x0c0s1b0n0: poweredBy 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7")]
    [InlineData("""[{"id":"x0c0s1b0n0","poweredBy":["X0C0S1B0N0"]}]""", "idx 0: x0c0s1b0n0 cannot be powered by itself")]
    public async Task Post_InvalidEntry_Returns400NamingItAndStoresNothing(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PowerMapsPath, json, Ct);

        var detail = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.StartsWith("couldn't validate map data at idx", detail, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData("""{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]}""", "field '(body)' has the wrong type: expected an array")]
    [InlineData("""[{"id":"x0c0s1b0n0","poweredBy":"x0m0p0j10"}]""", "field '[0].poweredBy' has the wrong type: expected an array")]
    [InlineData("""[{"id":7,"poweredBy":["x0m0p0j10"]}]""", "field '[0].id' has the wrong type: expected a string")]
    [InlineData("[", "malformed JSON")]
    [InlineData("", "a JSON object body is required")]
    public async Task Post_UnreadableJson_Returns400NamingTheField(string json, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(PowerMapsPath, json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Get_One_ReturnsIt()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]}]""");

        var map = await client.GetJsonAsync($"{PowerMapsPath}/X0C0S01B0N0");

        Assert.Equal("""{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]}""", map.GetRawText());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task OneMap_Missing_Returns404(string method)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{PowerMapsPath}/x0c0s1b0n0"), Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such xname.");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    [InlineData("PUT")]
    public async Task OneMap_InvalidXname_Returns400NamingTheProblem(string method)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{PowerMapsPath}/x1c9", method == "PUT" ? """{"poweredBy":["x0m0p0j10"]}""" : null, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "chassis number 9 is out of range 0-7");
    }

    [Fact]
    public async Task Put_NewMap_CreatesItAndReturnsIt()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PutJsonAsync($"{PowerMapsPath}/x0c0s1b0n0", """{"poweredBy":["X0M0P0J10","x0m0p0j10"]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("""{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]}""", (await response.ReadJsonAsync(Ct)).GetRawText());
        Assert.Equal(["x0m0p0j10"], await SuppliersAsync(client, "x0c0s1b0n0"));
    }

    [Fact]
    public async Task Put_ExistingMap_ReplacesIt()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]}]""");

        using var response = await client.PutJsonAsync($"{PowerMapsPath}/x0c0s1b0n0", """{"id":"X0C0S1B0N0","poweredBy":["x0m0p0j11"]}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(["x0m0p0j11"], await SuppliersAsync(client, "x0c0s1b0n0"));
    }

    [Theory]
    [InlineData("""{"id":"x0c0s2b0n0","poweredBy":["x0m0p0j10"]}""", "xname in URL and PUT body do not match")]
    [InlineData("""{"id":"x0c0s1b0n0"}""", "couldn't validate PowerMap data: x0c0s1b0n0: poweredBy is required for PowerMaps")]
    [InlineData("""{"poweredBy":["bar"]}""", "couldn't validate PowerMap data: x0c0s1b0n0: poweredBy 'bar' is not a valid xname")]
    [InlineData("""{"poweredBy":{"x":1}}""", "field 'poweredBy' has the wrong type: expected an array")]
    public async Task Put_InvalidBody_Returns400AndKeepsTheMap(string json, string expected)
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]}]""");

        using var response = await client.PutJsonAsync($"{PowerMapsPath}/x0c0s1b0n0", json, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(["x0m0p0j10"], await SuppliersAsync(client, "x0c0s1b0n0"));
    }

    [Fact]
    public async Task Delete_One_DeletesOnlyIt()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]},{"id":"x0c0s2b0n0","poweredBy":["x0m0p0j10"]}]""");

        using var response = await client.DeleteAsync($"{PowerMapsPath}/X0C0S1B0N0", Ct);

        await AssertMessageAsync(response, "deleted 1 entry");
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task DeleteAll_WithMaps_DeletesAndCounts()
    {
        using var client = Smd.CreateClient();
        await PostMapsAsync(client, """[{"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10"]},{"id":"x0c0s2b0n0","poweredBy":["x0m0p0j10"]}]""");

        using var response = await client.DeleteAsync(PowerMapsPath, Ct);

        await AssertMessageAsync(response, "deleted 2 entries");
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task DeleteAll_Empty_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync(PowerMapsPath, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no entries to delete");
    }

    [Theory]
    [InlineData("read", "GET", HttpStatusCode.OK)]
    [InlineData("read", "DELETE", HttpStatusCode.Forbidden)]
    [InlineData(null, "GET", HttpStatusCode.Unauthorized)]
    public async Task Routes_NeedTheirScope(string? scope, string method, HttpStatusCode expected)
    {
        using var client = Smd.CreateClient(scope);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), PowerMapsPath), Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task PostMapsAsync(HttpClient client, string json)
    {
        using var response = await client.PostJsonAsync(PowerMapsPath, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
    }

    private static async Task<string[]> SuppliersAsync(HttpClient client, string id) =>
        [.. (await client.GetJsonAsync($"{PowerMapsPath}/{id}")).GetProperty("poweredBy").EnumerateArray().Select(s => s.GetString()!)];

    private Task<long> CountAsync() => Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.power_maps");
}
