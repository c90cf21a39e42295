using System.Net;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Components;

/// <summary>Large and concurrent writes: 10,000 components in one statement, parallel overlapping POSTs.</summary>
public sealed class ComponentBulkTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const int Count = 10_000;

    [Fact]
    public async Task Post_TenThousandComponents_StoresAllInOneStatement()
    {
        await using var factory = Smd.CreateFactoryLoggingCommands();
        using var client = Smd.CreateClient(factory);
        var body = Json(new { Components = Nodes(Count) });

        var commands = await factory.CommandsDuringAsync(async () =>
        {
            using var response = await client.PostJsonAsync(ComponentsPath, body, Ct);
            await AssertStatusAsync(response, HttpStatusCode.NoContent);
        });

        // One statement for all 10,000 rows; a background reader woken by the commit's NOTIFY (the change feed's
        // followers) may log one SELECT of its own in the window, never a per-row statement.
        Assert.True(commands.Count() <= 2, string.Join("\n", commands));
        Assert.Single(commands, c => c.Contains("INSERT INTO smd.components", StringComparison.Ordinal));
        Assert.Equal(Count, await Smd.CountComponentsAsync());
        Assert.Equal(Count, await Smd.QueryScalarAsync<long>("SELECT count(DISTINCT nid) FROM smd.components WHERE role = 'Compute'"));
    }

    [Fact]
    public async Task BulkStateData_TenThousandIds_UpdatesAllInOneStatement()
    {
        await using var factory = Smd.CreateFactoryLoggingCommands();
        using var client = Smd.CreateClient(factory);
        await client.PostComponentsAsync(Nodes(Count), force: false);
        var body = Json(new { ComponentIDs = Nodes(Count).Select(n => n.ID), State = "Off" });

        var commands = await factory.CommandsDuringAsync(async () =>
        {
            using var response = await client.PatchJsonAsync($"{ComponentsPath}/BulkStateData", body, Ct);
            await AssertStatusAsync(response, HttpStatusCode.NoContent);
        });

        // One statement for all 10,000 rows; a background reader woken by the commit's NOTIFY (the change feed's
        // followers) may log one SELECT of its own in the window, never a per-row statement.
        Assert.True(commands.Count() <= 2, string.Join("\n", commands));
        Assert.Single(commands, c => c.Contains("UPDATE", StringComparison.Ordinal));
        Assert.Equal(Count, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.components WHERE state = 'Off'"));
    }

    [Fact]
    public async Task Post_ParallelOverlappingBatches_NoErrorsAndNoDuplicates()
    {
        using var client = Smd.CreateClient();
        var nodes = Nodes(3000);
        // Ten requests for the same components, half of them in reverse order, every third forced: inserts and
        // updates of the same rows race in opposite orders (a deadlock, answered 503, before inserts were ordered
        // by ID).
        var requests = Enumerable.Range(0, 10).Select(async i =>
        {
            var body = Json(new { Components = i % 2 == 0 ? nodes : nodes.Reverse(), Force = i % 3 == 0 });
            using var response = await client.PostJsonAsync(ComponentsPath, body, Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        });

        var results = await Task.WhenAll(requests);

        Assert.All(results, r => Assert.True(r.StatusCode == HttpStatusCode.NoContent, $"{(int)r.StatusCode}: {r.Body}"));
        var ids = await client.GetIdsAsync();
        Assert.Equal(nodes.Select(n => n.ID).Order(StringComparer.Ordinal), ids);
    }

    private static Component[] Nodes(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Comp($"x{1000 + (i / 512)}c{i / 64 % 8}s{i / 4 % 16}b0n{i % 4}"))];
}
