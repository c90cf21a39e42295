using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Hardware.HardwareRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Hardware;

/// <summary><c>POST /Inventory/Hardware</c>: node trees, FRU IDs, canonical shapes, and all-or-nothing validation.</summary>
public sealed class HardwarePostTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Post_RiverNodeWithNestedParts_StoresEveryLocationAndNestsThemOnRead()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);

        var node = await client.GetJsonAsync($"{HardwarePath}/{RiverNode}");
        Assert.Equal(["ID", "Type", "Ordinal", "Status", "HWInventoryByLocationType", "NodeLocationInfo", "PopulatedFRU", "Processors", "Memory"], OrderedKeys(node));
        Assert.Equal(["x0c0s0b0n0p0", "x0c0s0b0n0p1"], Ids(node.GetProperty("Processors")));
        Assert.Equal(["x0c0s0b0n0d0", "x0c0s0b0n0d1", "x0c0s0b0n0d2", "x0c0s0b0n0d3"], Ids(node.GetProperty("Memory")));
        var fru = node.GetProperty("PopulatedFRU");
        Assert.Equal(["FRUID", "Type", "Subtype", "HWInventoryByFRUType", "NodeFRUInfo"], OrderedKeys(fru));
        Assert.Equal(("Node.Dell.p99999.123412342345", "Node", "River", "HWInvByFRUNode"),
            (fru.Str("FRUID"), fru.Str("Type"), fru.Str("Subtype"), fru.Str("HWInventoryByFRUType")));
        Assert.Equal(7, await Smd.CountLocationsAsync());
        Assert.Equal(5, await Smd.CountFrusAsync());
    }

    [Fact]
    public async Task Post_RiverNode_DerivesFruIdsByTheAnchorRule()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);

        var memory = (await client.GetJsonAsync($"{HardwarePath}/{RiverNode}")).GetProperty("Memory").EnumerateArray().ToList();
        Assert.Equal("Memory.Micron.XYZ1231232.sn12344567689", memory[0].GetProperty("PopulatedFRU").Str("FRUID"));
        Assert.Equal(("Empty", false), (memory[1].Str("Status"), memory[1].TryGetProperty("PopulatedFRU", out _)));
        // No serial number: the FRU cannot be tracked and stays with its location.
        var processor = await client.GetJsonAsync($"{HardwarePath}/x0c0s0b0n0p0");
        Assert.Equal("FRUIDforx0c0s0b0n0p0", processor.GetProperty("PopulatedFRU").Str("FRUID"));
    }

    [Fact]
    public async Task Post_MountainNodeAsFlatList_NestsPartsUnderTheNode()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(MountainBody(), expectedEntries: 9);

        var node = await client.GetJsonAsync($"{HardwarePath}/{MountainNode}");
        Assert.Equal(["ID", "Type", "Ordinal", "Status", "HWInventoryByLocationType", "NodeLocationInfo", "PopulatedFRU", "Processors", "Memory", "Drives", "NodeHsnNics"], OrderedKeys(node));
        Assert.Equal("Node.HPE.102008701.HJ20130020", node.GetProperty("PopulatedFRU").Str("FRUID"));
        Assert.Equal("Processor.AMD.100000000053.SNCPU0", node.GetProperty("Processors")[0].GetProperty("PopulatedFRU").Str("FRUID"));
        Assert.Equal("Drive.Samsung.MZQLB1T9HAJR.S4YPNE0N501234", node.GetProperty("Drives")[0].GetProperty("PopulatedFRU").Str("FRUID"));
    }

    [Fact]
    public async Task Post_SpecSpellingOfHsnNic_IsStoredUnderTheCodeSpelling()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(MountainBody(), expectedEntries: 9);

        var nic = await client.GetJsonAsync($"{HardwarePath}/x1000c0s0b0n0h0");
        Assert.Equal(("NodeHsnNic", "HWInvByLocNodeHsnNic"), (nic.Str("Type"), nic.Str("HWInventoryByLocationType")));
        Assert.Equal("HPCNet0", nic.GetProperty("NodeHsnNicLocationInfo").Str("Id"));
        var fru = nic.GetProperty("PopulatedFRU");
        Assert.Equal(("HWInvByFRUNodeHsnNic", "NodeHsnNic.MellanoxTechnologiesLtd.102005303.HG20190738"), (fru.Str("HWInventoryByFRUType"), fru.Str("FRUID")));
        Assert.Equal("ConnectX-5 100Gb/s", fru.GetProperty("NodeHsnNicFRUInfo").Str("Model"));
    }

    [Fact]
    public async Task Post_InfoObjects_AreWrittenInTheAnchorsShapeAndSpelling()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);

        var node = await client.GetJsonAsync($"{HardwarePath}/{RiverNode}");
        var location = node.GetProperty("NodeLocationInfo");
        // The spec example says "Hostname"; the anchors' struct spells it HostName, and matches keys case-insensitively.
        Assert.Equal(["Id", "Name", "Description", "HostName", "ProcessorSummary", "MemorySummary"], OrderedKeys(location));
        Assert.Equal("if_defined_in_Redfish", location.Str("HostName"));
        Assert.Equal(["Count", "Model"], OrderedKeys(location.GetProperty("ProcessorSummary")));
        var cpu = node.GetProperty("Processors")[0].GetProperty("PopulatedFRU").GetProperty("ProcessorFRUInfo");
        // Absent fields appear with their defaults, as the anchors' structs emit them; numbers given for strings stay text.
        Assert.Equal(("", "", "6"), (cpu.Str("SerialNumber"), cpu.Str("PartNumber"), cpu.GetProperty("ProcessorId").Str("EffectiveFamily")));
        Assert.Equal(24, cpu.GetProperty("TotalCores").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cpu.GetProperty("Oem").ValueKind);
    }

    [Fact]
    public async Task Post_SuppliedFruId_IsReplacedByTheDerivedOne()
    {
        using var client = Smd.CreateClient();
        var body = """{"Hardware":[{"ID":"x3000c0s19b1n0","NodeLocationInfo":{},"PopulatedFRU":{"FRUID":"my-asset-17","NodeFRUInfo":{"Manufacturer":"Dell","PartNumber":"p-1","SerialNumber":"A1"}}}]}""";

        await client.PostHardwareAsync(body, expectedEntries: 1);

        var fru = await client.GetJsonAsync($"{FruPath}/Node.Dell.p1.A1");
        Assert.Equal(("Node.Dell.p1.A1", "Node"), (fru.Str("FRUID"), fru.Str("Type")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{FruPath}/my-asset-17", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Post_TwoPartsWithTheSamePlaceholderFruId_AreTwoFrus()
    {
        using var client = Smd.CreateClient();
        var body = """
            {"Hardware":[
              {"ID":"x3000c0s19b1n0p0","ProcessorLocationInfo":{},"PopulatedFRU":{"FRUID":"HWInvByFRUProcessor","ProcessorFRUInfo":{"Manufacturer":"Intel","SerialNumber":"S0"}}},
              {"ID":"x3000c0s19b1n0p1","ProcessorLocationInfo":{},"PopulatedFRU":{"FRUID":"HWInvByFRUProcessor","ProcessorFRUInfo":{"Manufacturer":"Intel","SerialNumber":"S1"}}}]}
            """;

        await client.PostHardwareAsync(body, expectedEntries: 2);

        Assert.Equal(2, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.hwinv_by_fru"));
    }

    [Fact]
    public async Task Post_EmptyHardwareArray_CreatesNothing()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync("""{"Hardware":[]}""", expectedEntries: 0);

        Assert.Equal(0, await Smd.CountLocationsAsync());
    }

    [Fact]
    public async Task Post_SameLocationTwice_FirstOccurrenceCounts()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(Body(Node(RiverNode, "first"), Node(RiverNode, "second")), expectedEntries: 1);

        Assert.Equal("Node.Dell.p99999.first", (await client.GetJsonAsync($"{HardwarePath}/{RiverNode}")).GetProperty("PopulatedFRU").Str("FRUID"));
    }

    [Theory]
    [InlineData("""{"Hardware":[{"ID":"x1c9s0b0n0","NodeLocationInfo":{}}]}""", "chassis number 9 is out of range")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","Type":"Processor","NodeLocationInfo":{}}]}""", "Hardware[0].Type: 'Processor' does not match the xname, which is a Node")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","HWInventoryByLocationType":"HWInvByLocMemory","NodeLocationInfo":{}}]}""", "Hardware[0].HWInventoryByLocationType: 'HWInvByLocMemory' does not match")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","NodeLocationInfo":{},"PopulatedFRU":{"Type":"Memory","NodeFRUInfo":{}}}]}""", "Hardware[0].PopulatedFRU.Type: 'Memory' does not match")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0"}]}""", "Hardware[0].NodeLocationInfo: missing")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","NodeLocationInfo":{},"PopulatedFRU":{}}]}""", "Hardware[0].PopulatedFRU.NodeFRUInfo: missing")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","NodeLocationInfo":{"ProcessorSummary":{"Count":"two"}}}]}""", "field 'Hardware[0].NodeLocationInfo.ProcessorSummary.Count' has the wrong type: expected a number")]
    [InlineData("""{"Hardware":[{"ID":7,"NodeLocationInfo":{}}]}""", "Hardware[0].ID: expected a string")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0i0","NodeBMCNicLocationInfo":{}}]}""", "is a NodeBMCNic, which hardware inventory does not hold")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","NodeLocationInfo":{},"Processors":[{"ID":"x1000c0s0b0n1p0","ProcessorLocationInfo":{}}]}]}""", "x1000c0s0b0n1p0 is not part of x1000c0s0b0n0")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0","NodeLocationInfo":{},"Processors":{}}]}""", "Hardware[0].Processors: expected an array")]
    [InlineData("""{"Hardware":[1]}""", "Hardware[0]: expected an object")]
    [InlineData("""{"Hardware":{}}""", "field 'Hardware' has the wrong type: expected an array")]
    [InlineData("""{"Hardware":[{"ID":"x1000c0s0b0n0",""", "malformed JSON")]
    [InlineData("""{}""", "Missing Hardware")]
    public async Task Post_BadInput_Returns400NamingTheProblem(string body, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(HardwarePath, body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Post_SameFruAtTwoLocations_Returns400()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(HardwarePath, Body(Node("x3000c0s1b0n0", "S1"), Node("x3000c0s2b0n0", "S1")), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "FRU 'Node.Dell.p99999.S1' is also given for x3000c0s1b0n0");
    }

    [Fact]
    public async Task Post_OneBadEntryAmongGoodOnes_StoresNothing()
    {
        using var client = Smd.CreateClient();
        var body = Body(Node("x3000c0s1b0n0", "S1"), Node("x3000c0s2b0n0", "S2"), new { ID = "x3000c0s3b0n0" });

        using var response = await client.PostJsonAsync(HardwarePath, body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Hardware[2].NodeLocationInfo: missing");
        Assert.Equal((0L, 0L, 0L), (await Smd.CountLocationsAsync(), await Smd.CountFrusAsync(), await Smd.CountHistoryAsync()));
    }

    [Fact]
    public async Task Post_ManyProblems_ReportsTheFirstFiveAndHowManyMore()
    {
        using var client = Smd.CreateClient();
        var body = Body([.. Enumerable.Range(0, 8).Select(i => new { ID = $"x3000c0s{i}b0n0" })]);

        using var response = await client.PostJsonAsync(HardwarePath, body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "; and 3 more");
    }
}
