using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Hardware.HardwareRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Hardware;

/// <summary>The collections by location and by FRU: filters, single entries, and deletes.</summary>
public sealed class HardwareReadTests(SmdFixture smd) : SmdTestBase(smd)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);
        await client.PostHardwareAsync(MountainBody(), expectedEntries: 9);
    }

    [Fact]
    public async Task GetCollection_NoFilter_ReturnsEveryLocationFlatAndSorted()
    {
        using var client = Smd.CreateClient();

        var all = await client.GetJsonAsync(HardwarePath);

        var ids = Ids(all);
        Assert.Equal(16, ids.Length);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(all.EnumerateArray(), l => Assert.False(l.TryGetProperty("Processors", out _)));
    }

    [Theory]
    [InlineData("id=x0c0s0b0n0&id=X1000C0S0B0N0P0", new[] { "x0c0s0b0n0", "x1000c0s0b0n0p0" })]
    [InlineData("type=node", new[] { "x0c0s0b0n0", "x1000c0s0b0n0" })]
    [InlineData("type=Drive&type=NodeHsnNic", new[] { "x1000c0s0b0n0g0k0", "x1000c0s0b0n0h0" })]
    [InlineData("manufacturer=micro", new[] { "x0c0s0b0n0d0", "x0c0s0b0n0d2" })]
    [InlineData("manufacturer=MELLANOX&manufacturer=samsung", new[] { "x1000c0s0b0n0g0k0", "x1000c0s0b0n0h0" })]
    [InlineData("partnumber=p99999", new[] { "x0c0s0b0n0" })]
    [InlineData("serialnumber=HJ20130020", new[] { "x1000c0s0b0n0" })]
    [InlineData("fruid=FRUIDforx0c0s0b0n0p1", new[] { "x0c0s0b0n0p1" })]
    [InlineData("type=Memory&manufacturer=hynix", new[] { "x1000c0s0b0n0d0", "x1000c0s0b0n0d2" })]
    [InlineData("manufacturer=50%25", new string[0])]
    public async Task GetCollection_Filters_SelectMatchingLocations(string query, string[] expected)
    {
        using var client = Smd.CreateClient();

        Assert.Equal(expected, Ids(await client.GetJsonAsync($"{HardwarePath}?{query}")));
    }

    [Theory]
    [InlineData(HardwarePath + "?id=x1c9", "invalid xname")]
    [InlineData(HardwarePath + "?type=Blade", "'Blade' is not a valid HMS type")]
    [InlineData(HardwarePath + "?partition=group1", "'group1' is not a valid partition name")]
    [InlineData(FruPath + "?type=Blade", "'Blade' is not a valid HMS type")]
    [InlineData(HardwarePath + "/x1c9", "invalid xname")]
    public async Task Get_InvalidParameter_Returns400(string uri, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync(uri, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task GetCollection_PartitionFilter_IncludesThePartsOfMemberNodes()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(MountainNode));
        await Smd.AddToPartitionAsync("p1", MountainNode);

        var ids = Ids(await client.GetJsonAsync($"{HardwarePath}?partition=p1&type=Processor"));

        Assert.Equal(["x1000c0s0b0n0p0", "x1000c0s0b0n0p1"], ids);
    }

    [Fact]
    public async Task GetOne_Processor_HasNoNestedArrays()
    {
        using var client = Smd.CreateClient();

        var processor = await client.GetJsonAsync($"{HardwarePath}/X1000C0S0B0N0P01");

        Assert.Equal(["ID", "Type", "Ordinal", "Status", "HWInventoryByLocationType", "ProcessorLocationInfo", "PopulatedFRU"], OrderedKeys(processor));
        Assert.Equal(("x1000c0s0b0n0p1", 1L), (processor.Str("ID"), processor.Long("Ordinal")));
    }

    [Fact]
    public async Task GetOne_Unknown_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{HardwarePath}/x9c0s0b0n0", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such xname.");
    }

    [Theory]
    [InlineData("", 12)]
    [InlineData("?type=Memory", 4)]
    [InlineData("?manufacturer=intel", 2)]
    [InlineData("?serialnumber=sn12344567689&partnumber=XYZ-123-1232", 1)]
    [InlineData("?fruid=Node.Dell.p99999.123412342345&fruid=nothing", 1)]
    public async Task GetFrus_Filters_SelectMatchingFrus(string query, int count)
    {
        using var client = Smd.CreateClient();

        var frus = await client.GetJsonAsync(FruPath + query);

        Assert.Equal(count, frus.GetArrayLength());
    }

    [Fact]
    public async Task GetFru_Known_ReturnsItInTheAnchorsShape()
    {
        using var client = Smd.CreateClient();

        var fru = await client.GetJsonAsync($"{FruPath}/Memory.Micron.XYZ1231232.sn12344567689");

        Assert.Equal(["FRUID", "Type", "Subtype", "HWInventoryByFRUType", "MemoryFRUInfo"], OrderedKeys(fru));
        Assert.Equal(32768, fru.GetProperty("MemoryFRUInfo").GetProperty("CapacityMiB").GetInt32());
    }

    [Fact]
    public async Task GetFru_Unknown_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{FruPath}/nothing", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such FRU ID.");
    }

    [Fact]
    public async Task DeleteOne_Known_DeletesOnlyThatLocation()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{HardwarePath}/x0c0s0b0n0p0", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("deleted 1 entry", (await response.ReadJsonAsync(Ct)).Str("message"));
        Assert.Equal(15, await Smd.CountLocationsAsync());
        Assert.Equal(12, await Smd.CountFrusAsync());
    }

    [Fact]
    public async Task DeleteOne_Unknown_Returns404()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{HardwarePath}/x9c0s0b0n0", Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no such xname.");
    }

    [Fact]
    public async Task DeleteAll_ThenAgain_DeletesEverythingThen404()
    {
        using var client = Smd.CreateClient();

        using var first = await client.DeleteAsync(HardwarePath, Ct);
        using var second = await client.DeleteAsync(HardwarePath, Ct);

        Assert.Equal("deleted 16 entries", (await first.ReadJsonAsync(Ct)).Str("message"));
        await ProblemAssert.HasProblemAsync(second, HttpStatusCode.NotFound, "no entries to delete");
    }

    [Fact]
    public async Task DeleteFru_Installed_Returns409AndKeepsIt()
    {
        using var client = Smd.CreateClient();

        using var response = await client.DeleteAsync($"{FruPath}/Node.Dell.p99999.123412342345", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "installed at x0c0s0b0n0");
        Assert.Equal(12, await Smd.CountFrusAsync());
    }

    [Fact]
    public async Task DeleteFru_NotInstalled_DeletesItThen404()
    {
        using var client = Smd.CreateClient();
        using var location = await client.DeleteAsync($"{HardwarePath}/{RiverNode}", Ct);

        using var first = await client.DeleteAsync($"{FruPath}/Node.Dell.p99999.123412342345", Ct);
        using var second = await client.DeleteAsync($"{FruPath}/Node.Dell.p99999.123412342345", Ct);

        Assert.Equal("deleted 1 entry", (await first.ReadJsonAsync(Ct)).Str("message"));
        await ProblemAssert.HasProblemAsync(second, HttpStatusCode.NotFound, "no such FRU ID.");
    }

    [Fact]
    public async Task DeleteAllFrus_AfterTheLocations_DeletesThemThen404()
    {
        using var client = Smd.CreateClient();
        using var refused = await client.DeleteAsync(FruPath, Ct);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict, "installed at");
        using var locations = await client.DeleteAsync(HardwarePath, Ct);

        using var first = await client.DeleteAsync(FruPath, Ct);
        using var second = await client.DeleteAsync(FruPath, Ct);

        Assert.Equal("deleted 12 entries", (await first.ReadJsonAsync(Ct)).Str("message"));
        await ProblemAssert.HasProblemAsync(second, HttpStatusCode.NotFound, "no entries to delete");
    }
}
