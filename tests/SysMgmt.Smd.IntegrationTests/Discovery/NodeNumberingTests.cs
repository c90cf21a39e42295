using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Discovery.DiscoveryPayloads;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// Which node (<c>&lt;bmc&gt;n&lt;k&gt;</c>) each System becomes: stable whatever the order of the arrays and without
/// UUIDs, kept when Systems come and go, natural order for new ones, and ochami's Systems named after their nodes.
/// </summary>
public sealed class NodeNumberingTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s1b0";

    [Fact]
    public async Task Post_Ex425InShuffledOrders_AlwaysGivesTheSameNodes()
    {
        using var client = Smd.CreateClient();
        var builder = MockupPayloadBuilder.For("csm-rie-EX425");
        await client.PostEndpointsAsync(builder.Payload(Bmc));
        var first = await Smd.SnapshotAsync();
        var random = new Random(3);

        for (var round = 0; round < 6; round++)
        {
            var payload = builder.Payload(Bmc);
            payload["Systems"]!.AsArray().Shuffle(random);
            payload["Managers"]!.AsArray().Shuffle(random);

            await client.PostEndpointsAsync(payload, HttpStatusCode.OK);

            Assert.Equal(first, await Smd.SnapshotAsync());
        }

        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/Node0", "x3000c0s1b0n1 /redfish/v1/Systems/Node1"], await SystemsAsync(client));
    }

    [Fact]
    public async Task Post_Ex425ReversedTheFirstTime_StillMapsNode0ToN0()
    {
        using var client = Smd.CreateClient();
        var payload = MockupPayloadBuilder.For("csm-rie-EX425").Payload(Bmc);
        payload["Systems"]!.AsArray().Reorder(systems => systems.Reverse());

        await client.PostEndpointsAsync(payload);

        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/Node0", "x3000c0s1b0n1 /redfish/v1/Systems/Node1"], await SystemsAsync(client));
        Assert.Equal("x3000c0s1b0n1", (await client.GetJsonAsync("/hsm/v2/Inventory/EthernetInterfaces/0040a6835260")).Str("ComponentID"));
    }

    [Fact]
    public async Task Post_Ex425WithANodeMissingThenBack_KeepsNode1AsN1()
    {
        using var client = Smd.CreateClient();
        var builder = MockupPayloadBuilder.For("csm-rie-EX425");
        await client.PostEndpointsAsync(builder.Payload(Bmc));
        var withoutNode0 = builder.Payload(Bmc);
        withoutNode0["Systems"]!.AsArray().RemoveAt(0);

        await client.PostEndpointsAsync(withoutNode0, HttpStatusCode.OK);
        var missing = await SystemsAsync(client);
        await client.PostEndpointsAsync(builder.Payload(Bmc), HttpStatusCode.OK);

        Assert.Equal(["x3000c0s1b0n1 /redfish/v1/Systems/Node1"], missing);
        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/Node0", "x3000c0s1b0n1 /redfish/v1/Systems/Node1"], await SystemsAsync(client));
        Assert.Equal([Bmc, "x3000c0s1b0n0", "x3000c0s1b0n1"], await client.GetIdsAsync());
    }

    [Fact]
    public async Task Post_SystemsAddedAndRemoved_KeepTheNodesOfTheOthers()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node0"), ComputerSystem("Node1")]));

        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node2"), ComputerSystem("Node1"), ComputerSystem("Node0")]), HttpStatusCode.OK);
        var added = await SystemsAsync(client);
        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node2"), ComputerSystem("Node1")]), HttpStatusCode.OK);
        var removed = await SystemsAsync(client);
        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("Node2"), ComputerSystem("Node1"), ComputerSystem("Node7")]), HttpStatusCode.OK);
        var replaced = await SystemsAsync(client);

        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/Node0", "x3000c0s1b0n1 /redfish/v1/Systems/Node1", "x3000c0s1b0n2 /redfish/v1/Systems/Node2"], added);
        Assert.Equal(["x3000c0s1b0n1 /redfish/v1/Systems/Node1", "x3000c0s1b0n2 /redfish/v1/Systems/Node2"], removed);
        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/Node7", "x3000c0s1b0n1 /redfish/v1/Systems/Node1", "x3000c0s1b0n2 /redfish/v1/Systems/Node2"], replaced);
        Assert.Equal([Bmc, "x3000c0s1b0n0", "x3000c0s1b0n1", "x3000c0s1b0n2"], await client.GetIdsAsync());
    }

    [Fact]
    public async Task Post_NewSystems_AreNumberedInTheNaturalOrderOfTheirIds()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("10"), ComputerSystem("2"), ComputerSystem("Blade1"), ComputerSystem("1")]));

        Assert.Equal(
            ["x3000c0s1b0n0 /redfish/v1/Systems/1", "x3000c0s1b0n1 /redfish/v1/Systems/2", "x3000c0s1b0n2 /redfish/v1/Systems/10", "x3000c0s1b0n3 /redfish/v1/Systems/Blade1"],
            await SystemsAsync(client));
    }

    [Fact]
    public async Task Post_SystemsSharingAUuid_AreNotCollapsed()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Payload(Bmc, [ComputerSystem("A", uuid: "4c4c4544-0000-1000-8000-000000000000"), ComputerSystem("B", uuid: "4c4c4544-0000-1000-8000-000000000000")]));

        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/A", "x3000c0s1b0n1 /redfish/v1/Systems/B"], await SystemsAsync(client));
    }

    [Fact]
    public async Task Post_OchamiSystemsNamedAfterNodes_AreThoseNodes()
    {
        using var client = Smd.CreateClient();
        var payload = Payload(Bmc, [Ochami("x3000c0s1b0n3"), Ochami("x3000c0s1b0n1"), Ochami("x3000c0s2b0n0")], "a4:bf:01:00:00:01", "10.0.0.1");
        payload["UUID"] = "9f5c8e2a-5f55-4bfc-9d3f-2b7b3f6f4c11";
        payload["IPAddress"] = "10.0.0.1";

        await client.PostEndpointsAsync(payload);

        Assert.Equal(
            ["x3000c0s1b0n0 /redfish/v1/Systems/x3000c0s2b0n0", "x3000c0s1b0n1 /redfish/v1/Systems/x3000c0s1b0n1", "x3000c0s1b0n3 /redfish/v1/Systems/x3000c0s1b0n3"],
            await SystemsAsync(client));
        Assert.Equal("x3000c0s1b0n3", (await client.GetJsonAsync("/hsm/v2/Inventory/EthernetInterfaces/a4bf01000013")).Str("ComponentID"));
    }

    /// <summary>A System as ochami's static discovery sends it: named after its node, at SMD's own URL.</summary>
    private static JsonObject Ochami(string node)
    {
        var suffix = node[^1];
        var system = ComputerSystem(node, $"a4:bf:01:00:00:1{suffix}", $"10.1.0.1{suffix}");
        system["uri"] = $"https://smd.example.com:27779/redfish/v1/Systems/{node}";
        system.Remove("links");
        system.Remove("power");
        return system;
    }

    /// <summary>The ComputerSystem component endpoints as <c>node path</c>.</summary>
    private static async Task<string[]> SystemsAsync(HttpClient client) =>
        [.. (await client.GetComponentEndpointsAsync("redfish_type=ComputerSystem")).Select(s => $"{s.Str("ID")} {s.Str("OdataID")}")];
}
