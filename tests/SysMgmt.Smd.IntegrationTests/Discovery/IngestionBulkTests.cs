using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>Ingestion at scale: a fixed number of statements whatever the node count, and parallel overlapping ingestions.</summary>
public sealed class IngestionBulkTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Ingest_AnyNumberOfNodes_UsesTheSameFewStatements()
    {
        await using var factory = Smd.CreateFactoryLoggingCommands();
        using var client = Smd.CreateClient(factory);

        var one = await factory.CommandsDuringAsync(() => client.PostEndpointsAsync(Blade(1, nodes: 1)));
        var many = await factory.CommandsDuringAsync(() => client.PostEndpointsAsync(Blade(2, nodes: 64)));
        var again = await factory.CommandsDuringAsync(() => client.PostEndpointsAsync(Blade(2, nodes: 64), HttpStatusCode.OK));

        Assert.Equal(one.Length, many.Length);
        Assert.InRange(many.Length, 1, 20);
        Assert.InRange(again.Length, 1, 20);
        Assert.Equal(1 + 1 + 1 + 64, await Smd.CountRowsAsync("components"));
        Assert.Equal(2 + 65, await Smd.CountRowsAsync("ethernet_interfaces"));
    }

    [Fact]
    public async Task Post_TwentyOverlappingIngestionsInParallel_EndConsistent()
    {
        // Five blades of four nodes, each posted four times with its arrays in different orders, all at once.
        var random = new Random(7);
        var bodies = Enumerable.Range(0, 20).Select(i =>
        {
            var body = Blade(1 + (i % 5), nodes: 4);
            body["Systems"]!.AsArray().Shuffle(random);
            return body.ToJsonString();
        }).ToArray();
        using var client = Smd.CreateClient();

        var results = await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
        {
            using var response = await client.PostJsonAsync(EndpointsPath, body, Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        })));

        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode}: {r.Body}"));
        Assert.Equal(5, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal((5L, 25L, 25L, 25L, 25L),
            (await Smd.CountRowsAsync("redfish_endpoints"), await Smd.CountRowsAsync("components"), await Smd.CountRowsAsync("component_endpoints"),
             await Smd.CountRowsAsync("ethernet_interfaces"), await Smd.CountRowsAsync("ethernet_interface_ips")));
        var systems = await client.GetComponentEndpointsAsync("redfish_type=ComputerSystem");
        Assert.All(systems, s => Assert.Equal($"/redfish/v1/Systems/Node{s.Str("ID")![^1]}", s.Str("OdataID")));
        Assert.Equal(20, systems.Select(s => s.Str("ID")).Distinct().Count());
    }

    [Fact]
    public async Task Post_BulkBodiesNamingTheSameBmcsInOppositeOrders_NeitherDeadlockNorConflict()
    {
        var forward = new JsonObject { ["RedfishEndpoints"] = new JsonArray(Blade(1, 2), Blade(2, 2), Blade(3, 2)) }.ToJsonString();
        var backward = new JsonObject { ["RedfishEndpoints"] = new JsonArray(Blade(3, 2), Blade(2, 2), Blade(1, 2)) }.ToJsonString();
        using var client = Smd.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            using var response = await client.PostJsonAsync(EndpointsPath, i % 2 == 0 ? forward : backward, Ct);
            return response.StatusCode;
        })));

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)s}"));
        Assert.Equal((3L, 9L, 9L), (await Smd.CountRowsAsync("redfish_endpoints"), await Smd.CountRowsAsync("components"), await Smd.CountRowsAsync("component_endpoints")));
    }

    [Fact]
    public async Task Post_DifferentBmcsClaimingOneMacInParallel_OneWinsTheOthersStoreNothing()
    {
        var bodies = Enumerable.Range(1, 10)
            .Select(slot => Payload($"x3000c0s{slot}b0", [ComputerSystem("Node0", "02:00:00:aa:aa:aa", $"10.{slot}.0.1")]).ToJsonString())
            .ToArray();
        using var client = Smd.CreateClient();

        var results = await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
        {
            using var response = await client.PostJsonAsync(EndpointsPath, body, Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        })));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r =>
        {
            Assert.True(r.StatusCode == HttpStatusCode.Conflict, $"{(int)r.StatusCode}: {r.Body}");
            Assert.Contains("MAC 02:00:00:aa:aa:aa", r.Body, StringComparison.Ordinal);
        });
        var winner = Assert.Single(await client.GetEndpointIdsAsync());
        Assert.Equal([winner, $"{winner}n0"], await client.GetIdsAsync());
        Assert.Equal($"{winner}n0", (await client.GetJsonAsync("/hsm/v2/Inventory/EthernetInterfaces/020000aaaaaa")).Str("ComponentID"));
    }

    /// <summary>
    /// A blade BMC <c>x3000c0s{slot}b0</c> with Systems <c>Node0…</c>, each with a NIC and an address, and a BMC NIC.
    /// </summary>
    private static JsonObject Blade(int slot, int nodes) =>
        Payload($"x3000c0s{slot}b0",
            Enumerable.Range(0, nodes).Select(n => ComputerSystem($"Node{n}", $"02:00:00:{slot:x2}:00:{n:x2}", $"10.{slot}.0.{n}")),
            $"02:00:00:{slot:x2}:ff:ff", $"10.{slot}.255.1");
}
