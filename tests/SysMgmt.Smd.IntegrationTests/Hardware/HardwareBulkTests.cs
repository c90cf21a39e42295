using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Hardware.HardwareRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Hardware;

/// <summary>Large and concurrent hardware writes: a constant number of statements, and consistent history under races.</summary>
public sealed class HardwareBulkTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Post_AnyNumberOfFrus_UsesTheSameFewStatements()
    {
        await using var factory = Smd.CreateFactoryLoggingCommands();
        using var client = Smd.CreateClient(factory);

        var one = await factory.CommandsDuringAsync(() => client.PostHardwareAsync(Body(Nodes(1, "a")), expectedEntries: 3));
        var many = await factory.CommandsDuringAsync(() => client.PostHardwareAsync(Body(Nodes(500, "b")), expectedEntries: 1500));

        Assert.Equal(one.Length, many.Length);
        Assert.InRange(many.Length, 1, 4);
        Assert.Contains(many, c => c.Contains("INSERT INTO smd.hwinv_by_fru", StringComparison.Ordinal));
        Assert.Contains(many, c => c.Contains("INSERT INTO smd.hwinv_hist", StringComparison.Ordinal));
        // 3 + 1500 detections, and the first node's 3 FRUs removed when the second batch replaced them.
        Assert.Equal(1506, await Smd.CountHistoryAsync());
    }

    [Fact]
    public async Task Query_ThousandsOfLocations_AnswersWithAFewStatements()
    {
        await using var factory = Smd.CreateFactoryLoggingCommands();
        using var client = Smd.CreateClient(factory);
        await client.PostHardwareAsync(Body(Nodes(3000, "c")), expectedEntries: 9000);

        var commands = await factory.CommandsDuringAsync(async () =>
        {
            var inventory = await client.GetJsonAsync("/hsm/v2/Inventory/Hardware/Query/s0?type=Node");
            Assert.Equal(3000, inventory.GetProperty("Nodes").GetArrayLength());
        });

        Assert.InRange(commands.Length, 1, 3);
    }

    [Fact]
    public async Task Post_ParallelOverlappingTrees_RecordEachFruOnce()
    {
        using var client = Smd.CreateClient();
        var nodes = Nodes(100, "d");
        var requests = Enumerable.Range(0, 10).Select(async i =>
        {
            using var response = await client.PostJsonAsync(HardwarePath, Body(i % 2 == 0 ? nodes : [.. nodes.Reverse()]), Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        });

        var results = await Task.WhenAll(requests);

        Assert.All(results, r => Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode}: {r.Body}"));
        Assert.Equal(300, await Smd.CountHistoryAsync());
        Assert.Equal(300, await Smd.QueryScalarAsync<long>("SELECT count(DISTINCT fru_id) FROM smd.hwinv_hist"));
    }

    /// <summary>Nodes with two processors nested in each; every FRU is trackable and unique per <paramref name="batch"/>.</summary>
    private static object[] Nodes(int count, string batch) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var node = $"x{3000 + (i / 256)}c{i / 32 % 8}s{i / 2 % 16}b0n{i % 2}";
            return Node(node, $"{batch}{i}", Processor(node + "p0", $"{batch}{i}p0"), Processor(node + "p1", $"{batch}{i}p1"));
        }),
    ];
}
