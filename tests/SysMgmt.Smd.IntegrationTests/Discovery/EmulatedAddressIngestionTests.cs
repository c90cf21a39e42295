using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Redfish;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Discovery;

/// <summary>
/// SMD and the emulator agree on which manager is the BMC's own: a body whose manager NICs carry the addresses an
/// emulated BMC serves (its own address on one NIC) records that NIC's manager as the BMC's.
/// </summary>
public sealed class EmulatedAddressIngestionTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Bmc = "x1000c0s0b0";

    [Theory]
    // The enclosure's service: MultiBladeBMC, where a body from the mockup's own addresses gets Blade1BMC.
    [InlineData("dmtf-public-bladed", "/redfish/v1/Managers/MultiBladeBMC")]
    [InlineData("dmtf-public-rackmount1", "/redfish/v1/Managers/BMC")]
    [InlineData("dmtf-public-tower", "/redfish/v1/Managers/BMC")]
    [InlineData("csm-rie-Intel", "/redfish/v1/Managers/BMC")]
    [InlineData("csm-rie-OpenBMC-stock", "/redfish/v1/Managers/bmc")]
    public async Task Post_ManagerNicsAsEmulated_RecordsTheManagerAtTheBmcsAddress(string mockup, string manager)
    {
        var options = TestBmcs.Options(1, mockup);
        options.Http = true;
        await using var emulator = await TestBmcs.StartAsync(options, Ct);
        var address = emulator.Bmcs[0].Endpoint.Address.ToString();
        var body = MockupPayloadBuilder.For(mockup).Payload(Bmc, fqdn: address);
        using (var bmc = new HttpClient { BaseAddress = emulator.Bmcs[0].BaseUri })
        {
            bmc.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("root:root_password")));
            foreach (var nic in body["Managers"]!.AsArray().SelectMany(m => m!["ethernet_interfaces"]!.AsArray()).OfType<JsonObject>())
            {
                var served = JsonNode.Parse(await bmc.GetStringAsync((string)nic["uri"]!, Ct))!;
                nic["ip"] = served["IPv4Addresses"]?[0]?["Address"]?.DeepClone();
            }
        }

        using var client = Smd.CreateClient();
        await client.PostEndpointsAsync(body);

        Assert.Equal(manager, (await client.GetComponentEndpointAsync(Bmc)).Str("OdataID"));
        Assert.Contains(await client.GetInterfacesAsync(), i => i.Str("ComponentID") == Bmc && i.Addresses().Contains(address));
    }
}
