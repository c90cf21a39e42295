using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// The unversioned body older magellan releases sent: <c>Systems[{"Data":&lt;ComputerSystem&gt;,
/// "EthernetInterfaces":[…]}]</c> with raw Redfish resources, here taken from the mockups' files.
/// </summary>
public sealed class LegacyIngestionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x3000c0s1b0";

    [Fact]
    public async Task Post_RackmountSystem_RecordsItsNodeComponentEndpointAndNics()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Legacy("dmtf-public-rackmount1", "/redfish/v1/Systems/437XR1138R2"));

        Assert.Equal(["x3000c0s1b0 Ready", "x3000c0s1b0n0 On"], (await client.GetComponentListAsync(ComponentsPath)).Select(c => $"{c.Str("ID")} {c.Str("State")}"));
        var node = Assert.Single(await client.GetComponentEndpointsAsync());
        Assert.Equal(["x3000c0s1b0n0", "Node", "ComputerSystem", "Physical", "38947555-7742-3448-3784-823347823834", "/redfish/v1/Systems/437XR1138R2"],
            node.Fields("ID", "Type", "RedfishType", "RedfishSubtype", "UUID", "OdataID"));
        var info = node.GetProperty("RedfishSystemInfo");
        Assert.Equal(["WebFrontEnd483", "/redfish/v1/Chassis/1U/Power"], info.Fields("Name", "PowerURL"));
        Assert.Equal("""["On","ForceOff","GracefulShutdown","GracefulRestart","ForceRestart","Nmi","ForceOn","PushPowerButton"]""",
            info.GetProperty("Actions").GetProperty("#ComputerSystem.Reset").GetProperty("ResetType@Redfish.AllowableValues").GetRawText());
        Assert.Equal(4, info.GetProperty("EthernetNICInfo").GetArrayLength());
        Assert.Equal(["12446a3b0411 192.168.0.10 192.168.150.236", "aabbccddee00 192.168.0.11", "aabbccddeefe 192.168.20.56"],
            (await client.GetInterfacesAsync($"ComponentID={Bmc}n0")).Select(i => string.Join(" ", [i.Str("ID")!, .. i.Addresses()])));
    }

    [Fact]
    public async Task Post_Ex425Systems_MapNode0ToN0WhateverTheirOrder()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Legacy("csm-rie-EX425", "/redfish/v1/Systems/Node1", "/redfish/v1/Systems/Node0"));

        var systems = await client.GetComponentEndpointsAsync();
        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/Node0", "x3000c0s1b0n1 /redfish/v1/Systems/Node1"], systems.Select(s => $"{s.Str("ID")} {s.Str("OdataID")}"));
        Assert.Equal(["0040a6835260 x3000c0s1b0n1"], (await client.GetInterfacesAsync()).Select(i => $"{i.Str("ID")} {i.Str("ComponentID")}"));
    }

    [Fact]
    public async Task Post_SameLegacyBodyAgain_Is200AndChangesNothing()
    {
        using var client = Smd.CreateClient();
        var body = Legacy("csm-rie-EX425", "/redfish/v1/Systems/Node0", "/redfish/v1/Systems/Node1");
        await client.PostEndpointsAsync(body);
        var first = await Smd.SnapshotAsync();

        await client.PostEndpointsAsync(body, HttpStatusCode.OK);

        Assert.Equal(first, await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_MalformedEntries_AreSkippedNotFatal()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync($$$"""
            {"ID":"{{{Bmc}}}","SchemaVersion":0,"Systems":[
              {},
              {"Data":"not an object"},
              {"Data":{"Name":"no path"}},
              {"Data":{"@odata.id":"/redfish/v1/Systems/1","SystemType":5,"PowerState":true,"Actions":[]},
               "EthernetInterfaces":[5,{"MACAddress":"Not Available"},{"PermanentMACAddress":"A4-BF-01-00-00-10","IPv4Addresses":"none","InterfaceEnabled":"yes"}]},
              {"Data":{"@odata.id":"/redfish/v1/Systems/2"},"EthernetInterfaces":"none"}]}
            """);

        Assert.Equal(["x3000c0s1b0n0 /redfish/v1/Systems/1 ", "x3000c0s1b0n1 /redfish/v1/Systems/2 "],
            (await client.GetComponentEndpointsAsync()).Select(s => $"{s.Str("ID")} {s.Str("OdataID")} {s.Str("RedfishSubtype")}"));
        Assert.Equal(["a4bf01000010 x3000c0s1b0n0"], (await client.GetInterfacesAsync()).Select(i => $"{i.Str("ID")} {i.Str("ComponentID")}"));
    }

    [Fact]
    public async Task Post_LegacySystemsBehindAChassisBmc_Is400AndStoresNothing()
    {
        using var client = Smd.CreateClient();
        var body = Legacy("csm-rie-EX425", "/redfish/v1/Systems/Node0");
        body["ID"] = "x1000c0b0";

        var response = await client.PostJsonAsync(EndpointsPath, body.ToJsonString(), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "x1000c0b0 is a ChassisBMC");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    /// <summary>The legacy body for <see cref="Bmc"/> with the given Systems of <paramref name="mockup"/> and their NICs.</summary>
    private static JsonObject Legacy(string mockup, params string[] systems)
    {
        var builder = MockupPayloadBuilder.For(mockup);
        return new JsonObject
        {
            ["ID"] = Bmc,
            ["User"] = "root",
            ["Systems"] = new JsonArray([.. systems.Select(path => new JsonObject
            {
                ["Data"] = builder.Resource(path),
                ["EthernetInterfaces"] = new JsonArray([.. builder.EthernetInterfaces(path)]),
            })]),
        };
    }
}
