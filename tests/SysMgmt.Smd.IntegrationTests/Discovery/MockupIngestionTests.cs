using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// Ingestion of the magellan bodies built from every Redfish mockup in <c>../shared/redfish-mockups</c>: seven
/// machines from five implementations, including multi-node blades, an enclosure controller and odd MACs.
/// </summary>
public sealed class MockupIngestionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x1000c0s0b0";

    /// <summary>
    /// Per mockup: the BMC xname, its nodes with their states, and the NICs recorded (MAC, owner's node suffix or
    /// <c>bmc</c>, reported IPv4). Only the NICs of the Systems and of the BMC's own manager are recorded; MACs
    /// that are <c>Not Available</c> are not, and <c>0.0.0.0</c> is no address.
    /// </summary>
    public static TheoryData<string, string, string, string> Mockups => new()
    {
        {
            "dmtf-public-rackmount1", Bmc, "n0 On",
            // NIC 1 and its VLAN share a MAC: one interface with both addresses.
            "12:44:6a:3b:04:11 n0 192.168.0.10 192.168.150.236|23:11:8a:33:cf:ea bmc 192.168.0.10|aa:bb:cc:dd:ee:00 n0 192.168.0.11|aa:bb:cc:dd:ee:fe n0 192.168.20.56|aa:bb:cc:dd:ee:ff bmc 192.168.20.55"
        },
        // No System NICs; of the five managers, the first of type BMC (Blade1BMC) is this endpoint's.
        { "dmtf-public-bladed", Bmc, "n0 On|n1 On|n2 On|n3 On", "23:11:8a:38:c0:20 bmc 192.168.56.120" },
        { "dmtf-public-tower", Bmc, "n0 On", "23:11:8a:33:cf:ea bmc 192.168.0.10|fb:aa:1d:4e:d0:7a n0 10.0.0.50|fb:aa:1d:4e:d0:7c n0 10.40.0.50" },
        // Dash-separated MACs; two NICs report 0.0.0.0.
        { "csm-rie-Intel", Bmc, "n0 On", "a4:bf:01:28:90:aa bmc|a4:bf:01:28:90:ab bmc|a4:bf:01:28:90:ac bmc 10.254.1.23" },
        { "csm-rie-OpenBMC-stock", Bmc, "n0 Off", "ae:0d:e8:39:69:bb bmc 10.0.2.15" },
        // A chassis controller: no Systems, no NICs.
        { "csm-rie-CMM", "x1000c0b0", "", "" },
        // Two nodes without UUIDs; only Node1's management NIC has a MAC (the rest are "Not Available").
        { "csm-rie-EX425", Bmc, "n0 On|n1 On", "00:40:a6:83:52:60 n1" },
    };

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Post_Mockup_RecordsItsNodesAndNics(string mockup, string bmc, string nodes, string nics)
    {
        using var client = Smd.CreateClient();
        var builder = MockupPayloadBuilder.For(mockup);

        await client.PostEndpointsAsync(builder.Payload(bmc));

        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal($"{bmc} Ready", $"{components[0].Str("ID")} {components[0].Str("State")}");
        Assert.Equal(bmc.Contains('s', StringComparison.Ordinal) ? "NodeBMC" : "ChassisBMC", components[0].Str("Type"));
        Assert.Equal(nodes, string.Join("|", components.Skip(1).Select(c => $"{c.Str("ID")![bmc.Length..]} {c.Str("State")}")));
        Assert.Equal(nics, string.Join("|", (await client.GetInterfacesAsync()).Select(i => Nic(i, bmc))));
        var systems = builder.Systems().Select(s => (string)s!["uri"]!).Order(StringComparer.Ordinal);
        var endpoints = await client.GetComponentEndpointsAsync();
        Assert.Equal(systems, endpoints.Where(e => e.Str("RedfishType") == "ComputerSystem").Select(e => e.Str("OdataID")).Order(StringComparer.Ordinal));
        Assert.Single(endpoints, e => e.Str("RedfishType") == "Manager" && e.Str("ID") == bmc);
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Post_MockupAgain_Is200AndChangesNothing(string mockup, string bmc, string nodes, string nics)
    {
        using var client = Smd.CreateClient();
        var payload = MockupPayloadBuilder.For(mockup).Payload(bmc);
        await client.PostEndpointsAsync(payload);
        var first = await Smd.SnapshotAsync();

        await client.PostEndpointsAsync(payload, HttpStatusCode.OK);

        Assert.Equal(first, await Smd.SnapshotAsync());
        Assert.Equal(nodes.Length == 0 ? 1 : nodes.Split('|').Length + 1, await Smd.CountRowsAsync("components"));
        Assert.Equal(nics.Length == 0 ? 0 : nics.Split('|').Length, await Smd.CountRowsAsync("ethernet_interfaces"));
    }

    [Fact]
    public async Task Post_Ex425_MapsNode0AndNode1ToN0AndN1WithoutUuids()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(MockupPayloadBuilder.For("csm-rie-EX425").Payload(Bmc));

        var systems = await client.GetComponentEndpointsAsync("redfish_type=ComputerSystem");
        Assert.Equal([$"{Bmc}n0 /redfish/v1/Systems/Node0", $"{Bmc}n1 /redfish/v1/Systems/Node1"], systems.Select(s => $"{s.Str("ID")} {s.Str("OdataID")}"));
        Assert.All(systems, s => Assert.Null(s.Str("UUID")));
        var manager = await client.GetComponentEndpointAsync(Bmc);
        Assert.Equal(["/redfish/v1/Managers/BMC", "EnclosureManager"], manager.Fields("OdataID", "RedfishSubtype"));
    }

    [Fact]
    public async Task Post_Bladed_MapsTheFourBladesInOrderWithTheirChassisPower()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(MockupPayloadBuilder.For("dmtf-public-bladed").Payload(Bmc));

        var systems = await client.GetComponentEndpointsAsync("redfish_type=ComputerSystem");
        Assert.Equal(
            Enumerable.Range(0, 4).Select(i => $"{Bmc}n{i} /redfish/v1/Systems/529QB945{i}R6 /redfish/v1/Chassis/Blade{i + 1}/Power"),
            systems.Select(s => $"{s.Str("ID")} {s.Str("OdataID")} {s.GetProperty("RedfishSystemInfo").Str("PowerURL")}"));
    }

    [Fact]
    public async Task Post_BladedAtTheEnclosureAddress_TakesTheEnclosureManager()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(MockupPayloadBuilder.For("dmtf-public-bladed").Payload(Bmc, fqdn: "192.168.56.100"));

        var manager = await client.GetComponentEndpointAsync(Bmc);
        Assert.Equal(["/redfish/v1/Managers/MultiBladeBMC", "EnclosureManager", "192.168.56.100/redfish/v1/Managers/MultiBladeBMC"],
            manager.Fields("OdataID", "RedfishSubtype", "RedfishURL"));
        Assert.Equal(["23:11:8a:38:c0:10 bmc 192.168.56.100"], (await client.GetInterfacesAsync()).Select(i => Nic(i, Bmc)));
    }

    [Fact]
    public async Task Post_Cmm_RecordsTheChassisControllerAndItsManager()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(MockupPayloadBuilder.For("csm-rie-CMM").Payload("x1000c0b0"));

        var manager = Assert.Single(await client.GetComponentEndpointsAsync());
        Assert.Equal(["x1000c0b0", "ChassisBMC", "Manager", "EnclosureManager", "/redfish/v1/Managers/BMC"],
            manager.Fields("ID", "Type", "RedfishType", "RedfishSubtype", "OdataID"));
        Assert.Equal("""["ForceRestart","StatefulReset"]""",
            manager.GetProperty("RedfishManagerInfo").GetProperty("Actions").GetProperty("#Manager.Reset").GetProperty("ResetType@Redfish.AllowableValues").GetRawText());
    }

    [Fact]
    public async Task Post_EveryMockupBehindItsOwnBmc_KeepsThemApart()
    {
        using var client = Smd.CreateClient();
        // rackmount1 and tower share a manager MAC (and a System UUID): they cannot both be recorded.
        string[] mockups = ["dmtf-public-rackmount1", "dmtf-public-bladed", "csm-rie-Intel", "csm-rie-OpenBMC-stock", "csm-rie-EX425"];

        for (var slot = 0; slot < mockups.Length; slot++)
        {
            await client.PostEndpointsAsync(MockupPayloadBuilder.For(mockups[slot]).Payload($"x1000c0s{slot}b0"));
        }

        await client.PostEndpointsAsync(MockupPayloadBuilder.For("csm-rie-CMM").Payload("x1000c0b0"));
        Assert.Equal(6L, await Smd.CountRowsAsync("redfish_endpoints"));
        Assert.Equal(6 + 1 + 4 + 1 + 1 + 2, await Smd.CountRowsAsync("components"));
        Assert.Equal(5 + 1 + 3 + 1 + 1, await Smd.CountRowsAsync("ethernet_interfaces"));
        var tower = await client.PostJsonAsync(EndpointsPath, MockupPayloadBuilder.For("dmtf-public-tower").Payload("x1000c0s7b0").ToJsonString(), Ct);
        await ProblemAssert.IsProblemAsync(tower, HttpStatusCode.Conflict, "MAC 23:11:8a:33:cf:ea of x1000c0s7b0 already belongs to x1000c0s0b0");
    }

    /// <summary>An interface as <c>mac owner ip…</c>, the owner as its node suffix (<c>n0</c>) or <c>bmc</c>.</summary>
    private static string Nic(JsonElement iface, string bmc) =>
        string.Join(" ", [iface.Str("MACAddress")!, iface.Str("ComponentID") == bmc ? "bmc" : iface.Str("ComponentID")![bmc.Length..], .. iface.Addresses()]);
}
