using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Hardware.HardwareRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Hardware;

/// <summary><c>GET /Inventory/Hardware/Query/{xname}</c>: targets, children and parents, types, formats, partitions.</summary>
public sealed class HardwareQueryTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string QueryPath = HardwarePath + "/Query";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);
        await client.PostHardwareAsync(MountainBody(), expectedEntries: 9);
        var chassis = """
            {"Hardware":[
              {"ID":"x1000","CabinetLocationInfo":{"Id":"Cabinet"},"PopulatedFRU":{"CabinetFRUInfo":{"Manufacturer":"HPE","PartNumber":"C1","SerialNumber":"CAB1"}}},
              {"ID":"x1000c0","ChassisLocationInfo":{"Id":"Enclosure"},"PopulatedFRU":{"ChassisFRUInfo":{"Manufacturer":"HPE","PartNumber":"CH1","SerialNumber":"CH1"}}}]}
            """;
        await client.PostHardwareAsync(chassis, expectedEntries: 2);
    }

    [Fact]
    public async Task Query_NodeByDefault_NestsItsPartsInside()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/{MountainNode}");

        Assert.Equal(["XName", "Format", "Nodes"], OrderedKeys(inventory));
        Assert.Equal((MountainNode, "NestNodesOnly"), (inventory.Str("XName"), inventory.Str("Format")));
        var node = Assert.Single(inventory.GetProperty("Nodes").EnumerateArray());
        Assert.Equal((2, 4, 1, 1), (Count(node, "Processors"), Count(node, "Memory"), Count(node, "Drives"), Count(node, "NodeHsnNics")));
    }

    [Fact]
    public async Task Query_FullyFlat_ListsEveryTypeInItsOwnArray()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/{MountainNode}?format=fullyflat");

        Assert.Equal(["XName", "Format", "Nodes", "Processors", "Memory", "Drives", "NodeHsnNics"], OrderedKeys(inventory));
        Assert.Equal("FullyFlat", inventory.Str("Format"));
        Assert.False(inventory.GetProperty("Nodes")[0].TryGetProperty("Processors", out _));
    }

    [Theory]
    [InlineData("s0")]
    [InlineData("all")]
    public async Task Query_WholeSystem_ReturnsEverything(string target)
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/{target}?format=FullyFlat");

        Assert.Equal(["XName", "Format", "Nodes", "Cabinets", "Chassis", "Processors", "Memory", "Drives", "NodeHsnNics"], OrderedKeys(inventory));
        Assert.Equal(["x0c0s0b0n0", "x1000c0s0b0n0"], Ids(inventory.GetProperty("Nodes")));
    }

    [Fact]
    public async Task Query_TypeNodeUnderCabinet_ReturnsTheNodesWithTheirParts()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/x1000?type=Node");

        Assert.Equal(["XName", "Format", "Nodes"], OrderedKeys(inventory));
        Assert.Equal(2, Count(inventory.GetProperty("Nodes")[0], "Processors"));
    }

    [Fact]
    public async Task Query_TypeWithoutChildren_ReturnsOnlyThatType()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/x1000?type=Memory&children=false");

        Assert.Equal(["XName", "Format", "Memory"], OrderedKeys(inventory));
        Assert.Equal(4, inventory.GetProperty("Memory").GetArrayLength());
    }

    [Fact]
    public async Task Query_NoChildren_ReturnsTheTargetAlone()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/{MountainNode}?children=false");

        var node = Assert.Single(inventory.GetProperty("Nodes").EnumerateArray());
        Assert.False(node.TryGetProperty("Processors", out _));
    }

    [Fact]
    public async Task Query_Parents_ReturnsTheTargetAndItsAncestors()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/x1000c0s0b0n0p0?parents=true&format=FullyFlat");

        Assert.Equal(["XName", "Format", "Nodes", "Cabinets", "Chassis", "Processors"], OrderedKeys(inventory));
        Assert.Equal(["x1000c0s0b0n0p0"], Ids(inventory.GetProperty("Processors")));
    }

    [Fact]
    public async Task Query_ParentsAndChildren_ReturnsBoth()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/x1000c0?parents=true&children=true&format=FullyFlat");

        Assert.Equal(["x1000"], Ids(inventory.GetProperty("Cabinets")));
        Assert.Equal(["x1000c0s0b0n0"], Ids(inventory.GetProperty("Nodes")));
        Assert.Equal(2, inventory.GetProperty("Processors").GetArrayLength());
    }

    [Fact]
    public async Task Query_Partition_ReturnsItsNodesWithTheirParts()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(RiverNode));
        await Smd.AddToPartitionAsync("p1", RiverNode);

        var byTarget = await client.GetJsonAsync($"{QueryPath}/p1");
        var byFilter = await client.GetJsonAsync($"{QueryPath}/s0?partition=P1");

        Assert.Equal([RiverNode], Ids(byTarget.GetProperty("Nodes")));
        Assert.Equal(2, Count(byTarget.GetProperty("Nodes")[0], "Processors"));
        Assert.Equal(["XName", "Format", "Nodes"], OrderedKeys(byFilter));
    }

    [Fact]
    public async Task Query_NothingThere_ReturnsNoArrays()
    {
        using var client = Smd.CreateClient();

        var inventory = await client.GetJsonAsync($"{QueryPath}/x3000c0s1");

        Assert.Equal(["XName", "Format"], OrderedKeys(inventory));
    }

    [Theory]
    [InlineData("x1c9", "invalid xname")]
    [InlineData("s0?format=Hierarchical", "format 'Hierarchical' is not implemented")]
    [InlineData("s0?format=Tree", "format 'Tree' is not valid")]
    [InlineData("s0?children=maybe", "children 'maybe' is not true or false")]
    [InlineData("s0?parents=2", "parents '2' is not true or false")]
    [InlineData("s0?type=Blade", "'Blade' is not a valid HMS type")]
    public async Task Query_BadInput_Returns400(string query, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{QueryPath}/{query}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    private static int Count(JsonElement location, string array) =>
        location.TryGetProperty(array, out var items) ? items.GetArrayLength() : 0;
}
