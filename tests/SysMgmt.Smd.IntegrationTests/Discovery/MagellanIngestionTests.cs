using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// Ingestion of magellan's own example body (<c>SchemaVersion</c> 1, an HPE iLO 5): what it records, and how the
/// <c>...</c> redactions of the man page are treated.
/// </summary>
public sealed partial class MagellanIngestionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x1000c1s7b3", Node = "x1000c1s7b3n0";

    [Fact]
    public async Task Post_ExampleAsPrinted_Is400NamingMacAddrAndStoresNothing()
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync(EndpointsPath, MagellanExample().ToJsonString(), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "couldn't validate endpoint data: MACAddr '...' is not a valid MAC address");
        Assert.Equal("", await Smd.SnapshotAsync());
    }

    [Fact]
    public async Task Post_Example_RecordsTheBmcAndOneNodeForTheSystemListedTwice()
    {
        using var client = Smd.CreateClient();

        using var response = await client.PostJsonAsync(EndpointsPath, Example().ToJsonString(), Ct);

        await AssertStatusAsync(response, HttpStatusCode.Created);
        Assert.Equal($$"""[{"URI":"{{EndpointsPath}}/{{Bmc}}"}]""", await response.Content.ReadAsStringAsync(Ct));
        var components = await client.GetComponentListAsync(ComponentsPath);
        Assert.Equal(
            [
                $$"""{"ID":"{{Bmc}}","Type":"NodeBMC","State":"Ready","Flag":"OK","Enabled":true}""",
                // NID from the xname: (1000+1)·16384 + 1·2048 + 7·32 + 3·4 + 0
                $$"""{"ID":"{{Node}}","Type":"Node","State":"On","Flag":"OK","Enabled":true,"Role":"Compute","NID":16402668}""",
            ],
            components.Select(c => c.GetRawText()));
        Assert.Empty(await client.GetInterfacesAsync());
    }

    [Fact]
    public async Task Post_Example_RecordsTheSystemAndManagerComponentEndpoints()
    {
        using var client = Smd.CreateClient();

        await client.PostEndpointsAsync(Example());

        var endpoints = await client.GetComponentEndpointsAsync();
        Assert.Equal(
            [
                Compact("""
                {"ID":"x1000c1s7b3","Type":"NodeBMC","RedfishType":"Manager","RedfishSubtype":"BMC","UUID":"...","OdataID":"/redfish/v1/Managers/1",
                 "RedfishEndpointID":"x1000c1s7b3","Enabled":true,"RedfishEndpointFQDN":"172.16.0.104","RedfishURL":"172.16.0.104/redfish/v1/Managers/1",
                 "ComponentEndpointType":"ComponentEndpointManager",
                 "RedfishManagerInfo":{"Name":"Manager","Actions":{"#Manager.Reset":{"ResetType@Redfish.AllowableValues":null,
                   "@Redfish.ActionInfo":"/redfish/v1/Managers/1/ResetActionInfo","target":"/redfish/v1/Managers/1/Actions/Manager.Reset"}}}}
                """),
                Compact("""
                {"ID":"x1000c1s7b3n0","Type":"Node","RedfishType":"ComputerSystem","RedfishSubtype":"Physical","UUID":"...","OdataID":"/redfish/v1/Systems/1",
                 "RedfishEndpointID":"x1000c1s7b3","Enabled":true,"RedfishEndpointFQDN":"172.16.0.104","RedfishURL":"172.16.0.104/redfish/v1/Systems/1",
                 "ComponentEndpointType":"ComponentEndpointComputerSystem",
                 "RedfishSystemInfo":{"Name":"Computer System","Actions":{"#ComputerSystem.Reset":{
                   "ResetType@Redfish.AllowableValues":["On","ForceOff","GracefulShutdown","ForceRestart","Nmi","PushPowerButton","GracefulRestart"],
                   "@Redfish.ActionInfo":"/redfish/v1/Systems/1/ResetActionInfo","target":"/redfish/v1/Systems/1/Actions/ComputerSystem.Reset"}},
                 "PowerURL":"/redfish/v1/Chassis/1/Power"}}
                """),
            ],
            endpoints.Select(e => e.GetRawText()).Select(Compact));
    }

    [Fact]
    public async Task Post_Example_MarksTheEndpointDiscovered()
    {
        using var client = Smd.CreateClient();
        var before = DateTimeOffset.UtcNow;

        await client.PostEndpointsAsync(Example());

        var endpoint = await client.GetEndpointAsync(Bmc);
        Assert.Equal(["172.16.0.104", "", "172.16.0.104", "172.16.0.104", "Administrator", "94:40:c9:37:77:b2"],
            endpoint.Fields("Hostname", "Domain", "FQDN", "IPAddress", "User", "MACAddr"));
        var discovery = endpoint.GetProperty("DiscoveryInfo");
        Assert.Equal("DiscoverOK", discovery.Str("LastDiscoveryStatus"));
        Assert.Matches(Rfc3339Microseconds(), discovery.Str("LastDiscoveryAttempt")!);
        Assert.InRange(DateTimeOffset.Parse(discovery.Str("LastDiscoveryAttempt")!, System.Globalization.CultureInfo.InvariantCulture),
            before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Post_ExampleWithRealMacs_RecordsEveryNicWithTheAddressItReports()
    {
        using var client = Smd.CreateClient();
        var body = Example();
        var managerNics = body["Managers"]![0]!["ethernet_interfaces"]!.AsArray();
        managerNics[0]!["mac"] = "94:40:C9:37:77:B2";
        managerNics[1]!["mac"] = "94-40-C9-37-77-B3";
        foreach (var listed in body["Systems"]!.AsArray())
        {
            listed!["ethernet_interfaces"]![0]!["mac"] = "34:80:0d:4a:60:01";
            listed["ethernet_interfaces"]![1]!["mac"] = "34800d4a6000";
        }

        await client.PostEndpointsAsync(body);

        var interfaces = await client.GetInterfacesAsync();
        Assert.Equal(
            ["34800d4a6000 x1000c1s7b3n0 Node", "34800d4a6001 x1000c1s7b3n0 Node", "9440c93777b2 x1000c1s7b3 NodeBMC 172.16.0.104", "9440c93777b3 x1000c1s7b3 NodeBMC"],
            interfaces.Select(i => string.Join(" ", [.. i.Fields("ID", "ComponentID", "Type"), .. i.Addresses()])));
        var system = await client.GetComponentEndpointAsync(Node);
        Assert.Equal(
            Compact("""
            [{"RedfishId":"/redfish/v1/Systems/1/EthernetInterfaces/DE07A001","@odata.id":"/redfish/v1/Systems/1/EthernetInterfaces/DE07A001","InterfaceEnabled":true,"MACAddress":"34:80:0d:4a:60:01"},
             {"RedfishId":"/redfish/v1/Systems/1/EthernetInterfaces/DE07A000","@odata.id":"/redfish/v1/Systems/1/EthernetInterfaces/DE07A000","InterfaceEnabled":true,"MACAddress":"34:80:0d:4a:60:00"}]
            """),
            Compact(system.GetProperty("RedfishSystemInfo").GetProperty("EthernetNICInfo").GetRawText()));
        var manager = await client.GetComponentEndpointAsync(Bmc);
        Assert.Equal(
            Compact("""
            [{"RedfishId":"/redfish/v1/Managers/1/EthernetInterfaces/1","@odata.id":"/redfish/v1/Managers/1/EthernetInterfaces/1","Description":"Configuration of this Manager Network Interface","Hostname":"Manager Dedicated Network Interface","InterfaceEnabled":true,"MACAddress":"94:40:c9:37:77:b2","PermanentMACAddress":"94:40:c9:37:77:b2"},
             {"RedfishId":"/redfish/v1/Managers/1/EthernetInterfaces/2","@odata.id":"/redfish/v1/Managers/1/EthernetInterfaces/2","Description":"Configuration of this Manager Network Interface","Hostname":"Manager Shared Network Interface","MACAddress":"94:40:c9:37:77:b3","PermanentMACAddress":"94:40:c9:37:77:b3"}]
            """),
            Compact(manager.GetProperty("RedfishManagerInfo").GetProperty("EthernetNICInfo").GetRawText()));
    }

    [Fact]
    public async Task Put_Example_CreatesTheSameAsPost()
    {
        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(Example());
        var posted = await Smd.SnapshotAsync();
        await Smd.ResetAsync();

        var created = await client.PutEndpointAsync(Bmc, Example(), HttpStatusCode.Created);

        Assert.Equal("DiscoverOK", created.GetProperty("DiscoveryInfo").Str("LastDiscoveryStatus"));
        Assert.Equal(posted, await Smd.SnapshotAsync());
    }

    /// <summary>The example with the endpoint's redacted <c>MACAddr</c> filled in (its NICs' MACs stay redacted).</summary>
    private static JsonObject Example()
    {
        var body = MagellanExample();
        body["MACAddr"] = "94:40:c9:37:77:b2";
        return body;
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")]
    private static partial Regex Rfc3339Microseconds();
}
