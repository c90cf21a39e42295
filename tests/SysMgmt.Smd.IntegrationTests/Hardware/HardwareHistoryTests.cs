using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Hardware.HardwareRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Hardware;

/// <summary>FRU history: what a POST records, queries by location and by FRU, and deletes.</summary>
public sealed class HardwareHistoryTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string HistoryPath = HardwarePath + "/History";
    private const string FruHistoryPath = FruPath + "/History";

    [Fact]
    public async Task Post_NewInventory_RecordsADetectedEventPerFru()
    {
        using var client = Smd.CreateClient();

        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);

        var history = await client.GetJsonAsync(HistoryPath);
        var components = history.GetProperty("Components").EnumerateArray().ToList();
        Assert.Equal(["x0c0s0b0n0", "x0c0s0b0n0d0", "x0c0s0b0n0d2", "x0c0s0b0n0p0", "x0c0s0b0n0p1"], components.Select(c => c.Str("ID")));
        var entry = Assert.Single(components[0].GetProperty("History").EnumerateArray());
        Assert.Equal(["ID", "FRUID", "Timestamp", "EventType"], OrderedKeys(entry));
        Assert.Equal(("x0c0s0b0n0", "Node.Dell.p99999.123412342345", "Detected"), (entry.Str("ID"), entry.Str("FRUID"), entry.Str("EventType")));
        Assert.EndsWith("Z", entry.Str("Timestamp"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnchangedInventoryAgain_AddsNoHistory()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);
        await client.PostHardwareAsync(MountainBody(), expectedEntries: 9);
        var before = await Smd.CountHistoryAsync();

        await client.PostHardwareAsync(RiverBody(), expectedEntries: 7);
        await client.PostHardwareAsync(MountainBody(), expectedEntries: 9);

        Assert.Equal(12, before);
        Assert.Equal(before, await Smd.CountHistoryAsync());
    }

    [Fact]
    public async Task Post_LocationInfoChangeOnly_AddsNoHistoryButStoresIt()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node(RiverNode, "S1")), expectedEntries: 1);

        var changed = Body(new
        {
            ID = RiverNode,
            NodeLocationInfo = new { Id = "System.Embedded.1", Name = "renamed" },
            PopulatedFRU = new { NodeFRUInfo = new { Manufacturer = "Dell", PartNumber = "p99999", SerialNumber = "S1" } },
        });
        await client.PostHardwareAsync(changed, expectedEntries: 1);

        Assert.Equal(1, await Smd.CountHistoryAsync());
        Assert.Equal("renamed", (await client.GetJsonAsync($"{HardwarePath}/{RiverNode}")).GetProperty("NodeLocationInfo").Str("Name"));
    }

    [Fact]
    public async Task Post_ReplacedFru_RecordsRemovedThenDetected()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node(RiverNode, "OLD")), expectedEntries: 1);

        await client.PostHardwareAsync(Body(Node(RiverNode, "NEW")), expectedEntries: 1);

        var history = await client.GetJsonAsync($"{HistoryPath}/{RiverNode}");
        Assert.Equal(RiverNode, history.Str("ID"));
        Assert.Equal(
            [("Node.Dell.p99999.OLD", "Detected"), ("Node.Dell.p99999.OLD", "Removed"), ("Node.Dell.p99999.NEW", "Detected")],
            Events(history));
    }

    [Fact]
    public async Task Post_FruMovedToAnotherLocation_RecordsTheMoveAndEmptiesTheOldLocation()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "MOVER")), expectedEntries: 1);

        await client.PostHardwareAsync(Body(Node("x3000c0s2b0n0", "MOVER")), expectedEntries: 1);

        var byFru = await client.GetJsonAsync($"{FruHistoryPath}/Node.Dell.p99999.MOVER");
        Assert.Equal(
            [("x3000c0s1b0n0", "Detected"), ("x3000c0s1b0n0", "Removed"), ("x3000c0s2b0n0", "Detected")],
            [.. byFru.GetProperty("History").EnumerateArray().Select(e => (e.Str("ID")!, e.Str("EventType")!))]);
        var old = await client.GetJsonAsync($"{HardwarePath}/x3000c0s1b0n0");
        Assert.Equal(("Empty", false), (old.Str("Status"), old.TryGetProperty("PopulatedFRU", out _)));
    }

    [Fact]
    public async Task Post_FrusSwappedInOneRequest_RecordsBothMoves()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "A"), Node("x3000c0s2b0n0", "B")), expectedEntries: 2);

        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "B"), Node("x3000c0s2b0n0", "A")), expectedEntries: 2);

        var removed = await client.GetJsonAsync($"{HistoryPath}?eventtype=removed");
        Assert.Equal(["x3000c0s1b0n0", "x3000c0s2b0n0"], removed.GetProperty("Components").EnumerateArray().Select(c => c.Str("ID")));
        Assert.Equal("Node.Dell.p99999.B", (await client.GetJsonAsync($"{HardwarePath}/x3000c0s1b0n0")).GetProperty("PopulatedFRU").Str("FRUID"));
    }

    [Fact]
    public async Task ListByFru_GroupsByFruId()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "A", Processor("x3000c0s1b0n0p0", "P"))), expectedEntries: 2);

        var history = await client.GetJsonAsync($"{FruHistoryPath}?fruid=Processor.Intel.SKL24.P&fruid=Node.Dell.p99999.A");

        Assert.Equal(["Node.Dell.p99999.A", "Processor.Intel.SKL24.P"],
            history.GetProperty("Components").EnumerateArray().Select(c => c.Str("ID")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_IdAndEventTypeFilters_Narrow()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "A"), Node("x3000c0s2b0n0", "B")), expectedEntries: 2);
        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "C")), expectedEntries: 1);

        var detected = await client.GetJsonAsync($"{HistoryPath}?id=x3000c0s1b0n0&eventtype=Detected");
        var scanned = await client.GetJsonAsync($"{HistoryPath}?eventtype=Scanned");

        var component = Assert.Single(detected.GetProperty("Components").EnumerateArray());
        Assert.Equal(2, component.GetProperty("History").GetArrayLength());
        Assert.Equal(0, scanned.GetProperty("Components").GetArrayLength());
    }

    [Fact]
    public async Task List_TimeWindow_IsExclusiveAtBothEnds()
    {
        using var client = Smd.CreateClient();
        await Smd.ExecuteSqlAsync(
            """
            INSERT INTO smd.hwinv_hist (id, fru_id, event_type, timestamp) VALUES
              ('x3000c0s1b0n0', 'F1', 'Added',    '2024-01-01T00:00:00Z'),
              ('x3000c0s1b0n0', 'F1', 'Scanned',  '2024-02-01T00:00:00Z'),
              ('x3000c0s1b0n0', 'F1', 'Removed',  '2024-03-01T00:00:00Z')
            """);

        var window = await client.GetJsonAsync($"{HistoryPath}/x3000c0s1b0n0?starttime=2024-01-01T00:00:00Z&endtime=2024-03-01T01:00:00%2B01:00");
        // An unencoded '+' arrives as a space; it is read as the offset sign.
        var after = await client.GetJsonAsync($"{HistoryPath}?starttime=2024-01-15T00:00:00+00:00");

        Assert.Equal([("F1", "Scanned")], Events(window));
        Assert.Equal("2024-02-01T00:00:00Z", window.GetProperty("History")[0].Str("Timestamp"));
        Assert.Equal(2, after.GetProperty("Components")[0].GetProperty("History").GetArrayLength());
    }

    [Fact]
    public async Task GetForLocation_NoHistory_ReturnsAnEmptyList()
    {
        using var client = Smd.CreateClient();

        var history = await client.GetJsonAsync($"{HistoryPath}/X3000C0S9B0N0");

        Assert.Equal(("x3000c0s9b0n0", 0), (history.Str("ID"), history.GetProperty("History").GetArrayLength()));
    }

    [Theory]
    [InlineData(HistoryPath + "?eventtype=Moved", "'Moved' is not a hardware history event type")]
    [InlineData(HistoryPath + "?starttime=yesterday", "starttime 'yesterday' is not an RFC 3339 time")]
    [InlineData(HistoryPath + "?endtime=2024-01-01", "endtime '2024-01-01' is not an RFC 3339 time")]
    [InlineData(HistoryPath + "?id=x1c9", "invalid xname")]
    [InlineData(HistoryPath + "/x1c9", "invalid xname")]
    [InlineData(FruHistoryPath + "?eventtype=Moved", "'Moved' is not a hardware history event type")]
    [InlineData(FruHistoryPath + "/F1?starttime=soon", "starttime 'soon' is not an RFC 3339 time")]
    public async Task Get_BadParameter_Returns400(string uri, string detail)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync(uri, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Delete_ByLocationByFruAndAll_DeleteTheirEntriesThen404()
    {
        using var client = Smd.CreateClient();
        await client.PostHardwareAsync(Body(Node("x3000c0s1b0n0", "A"), Node("x3000c0s2b0n0", "B"), Node("x3000c0s3b0n0", "C")), expectedEntries: 3);

        Assert.Equal("deleted 1 entries", await DeleteAsync(client, $"{HistoryPath}/x3000c0s1b0n0"));
        Assert.Equal("deleted 1 entries", await DeleteAsync(client, $"{FruHistoryPath}/Node.Dell.p99999.B"));
        Assert.Equal("deleted 1 entries", await DeleteAsync(client, HistoryPath));

        foreach (var uri in (string[])[$"{HistoryPath}/x3000c0s1b0n0", $"{FruHistoryPath}/Node.Dell.p99999.B", HistoryPath])
        {
            using var response = await client.DeleteAsync(uri, Ct);
            await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "no entries to delete");
        }

        Assert.Equal(3, await Smd.CountLocationsAsync());
    }

    private static async Task<string?> DeleteAsync(HttpClient client, string uri)
    {
        using var response = await client.DeleteAsync(uri, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return (await response.ReadJsonAsync(Ct)).Str("message");
    }

    private static (string Fru, string Event)[] Events(JsonElement history) =>
        [.. history.GetProperty("History").EnumerateArray().Select(e => (e.Str("FRUID")!, e.Str("EventType")!))];
}
