using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Hardware;

/// <summary>Hardware inventory routes, the example bodies, and the requests the hardware tests repeat.</summary>
internal static class HardwareRequests
{
    public const string HardwarePath = "/hsm/v2/Inventory/Hardware";
    public const string FruPath = "/hsm/v2/Inventory/HardwareByFRU";
    public const string RiverNode = "x0c0s0b0n0";
    public const string MountainNode = "x1000c0s0b0n0";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The River node of the API spec, its processors and DIMMs nested in it (7 locations, 2 of them empty).</summary>
    public static string RiverBody() => File.ReadAllText(RepositoryPaths.Fixture("smd/hardware_river_node.json"));

    /// <summary>A Mountain node and its parts as a flat list (9 locations, 2 DIMM slots empty).</summary>
    public static string MountainBody() => File.ReadAllText(RepositoryPaths.Fixture("smd/hardware_mountain_node.json"));

    /// <summary>POSTs a hardware body and asserts the 200 and its message.</summary>
    public static async Task PostHardwareAsync(this HttpClient client, string json, int expectedEntries)
    {
        using var response = await client.PostJsonAsync(HardwarePath, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal($"Created {expectedEntries} entries", (await response.ReadJsonAsync(Ct)).Str("message"));
    }

    /// <summary>A node location with its FRU, for tests that need many or small trees.</summary>
    public static object Node(string id, string serial, params object[] children) => new
    {
        ID = id,
        NodeLocationInfo = new { Id = "System.Embedded.1", Name = "node" },
        PopulatedFRU = new { NodeFRUInfo = new { Manufacturer = "Dell", PartNumber = "p99999", SerialNumber = serial } },
        Processors = children,
    };

    /// <summary>A processor location with its FRU, trackable when it has a serial number.</summary>
    public static object Processor(string id, string? serial) => new
    {
        ID = id,
        ProcessorLocationInfo = new { Id = "CPU1", Socket = "CPU 1" },
        PopulatedFRU = new { ProcessorFRUInfo = new { Manufacturer = "Intel", PartNumber = "SKL24", SerialNumber = serial, TotalCores = 24 } },
    };

    public static string Body(params object[] locations) => Json(new { Hardware = locations });

    public static string[] Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetProperty("ID").GetString()!)];

    /// <summary>The property names of an object in answer order, for field-order checks.</summary>
    public static string[] OrderedKeys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static Task<long> CountHistoryAsync(this SmdFixture smd) => smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.hwinv_hist");

    public static Task<long> CountLocationsAsync(this SmdFixture smd) => smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.hwinv_by_loc");

    public static Task<long> CountFrusAsync(this SmdFixture smd) => smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.hwinv_by_fru");
}
