using System.Text.Json;
using SysMgmt.Smd.Hardware;
using SysMgmt.Testing;

namespace SysMgmt.Smd.Tests.Hardware;

/// <summary>The POST /Inventory/Hardware body reader, without a database: what a body stores, and why one is refused.</summary>
public sealed class HardwareInventoryReaderTests
{
    private static IReadOnlyList<JsonElement> Entries(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("Hardware").EnumerateArray()];

    [Fact]
    public void Read_RiverNodeFixture_StoresNodeProcessorsAndDimmsWithTheirFrus()
    {
        var batch = HardwareInventoryReader.Read(Entries(File.ReadAllText(RepositoryPaths.Fixture("smd/hardware_river_node.json"))));

        Assert.Null(batch.Problem);
        Assert.Equal(
            ["x0c0s0b0n0", "x0c0s0b0n0d0", "x0c0s0b0n0d1", "x0c0s0b0n0d2", "x0c0s0b0n0d3", "x0c0s0b0n0p0", "x0c0s0b0n0p1"],
            batch.Value!.Locations.Select(l => l.Id.Value).Order(StringComparer.Ordinal));
        Assert.All(batch.Value.Locations.Where(l => l.Id.Value != "x0c0s0b0n0"), l => Assert.Equal("x0c0s0b0n0", l.ParentNode));
        Assert.Equal([null, null], batch.Value.Locations.Where(l => l.Id.Value is "x0c0s0b0n0d1" or "x0c0s0b0n0d3").Select(l => l.FruId));
        Assert.Equal(
            batch.Value.Locations.Select(l => l.FruId).OfType<string>().Order(StringComparer.Ordinal),
            batch.Value.Frus.Select(f => f.FruId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ChildOutsideItsParentAndBadXname_ReportsEachWithItsPath()
    {
        var batch = HardwareInventoryReader.Read(Entries("""
            {"Hardware":[
              {"ID":"x0c0s0b0n0","Type":"Node","Status":"Empty","HWInventoryByLocationType":"HWInvByLocNode",
               "Processors":[{"ID":"x0c0s1b0n0p0","Type":"Processor","Status":"Empty","HWInventoryByLocationType":"HWInvByLocProcessor"}]},
              {"ID":"not-an-xname","Type":"Node","Status":"Empty","HWInventoryByLocationType":"HWInvByLocNode"}]}
            """));

        Assert.NotNull(batch.Problem);
        Assert.StartsWith("invalid hardware inventory: ", batch.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Hardware[0].Processors[0]", batch.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Hardware[1]", batch.Problem.Detail, StringComparison.Ordinal);
    }
}
