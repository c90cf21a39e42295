using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Mockups;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.RedfishEmulator.Tests;

/// <summary>
/// Each BMC reports the address it listens on as its service NIC's IPv4 address, so that a client can tell which
/// manager NIC it reached; every other address stays as the mockup has it.
/// </summary>
public sealed class ServiceAddressTests
{
    /// <summary>Per mockup: the service NIC's path and the address the mockup gives it (empty: none).</summary>
    public static TheoryData<string, string, string> Mockups => new()
    {
        // eth0, not ToHost: ToHost is the host interface.
        { "dmtf-public-rackmount1", "/redfish/v1/Managers/BMC/EthernetInterfaces/eth0", "192.168.0.10" },
        { "dmtf-public-tower", "/redfish/v1/Managers/BMC/EthernetInterfaces/Dedicated", "192.168.0.10" },
        { "csm-rie-OpenBMC-stock", "/redfish/v1/Managers/bmc/EthernetInterfaces/eth0", "10.0.2.15" },
        // NICs 1 and 2 report 0.0.0.0.
        { "csm-rie-Intel", "/redfish/v1/Managers/BMC/EthernetInterfaces/3", "10.254.1.23" },
        // The enclosure's service: its EnclosureManager, not the first blade BMC.
        { "dmtf-public-bladed", "/redfish/v1/Managers/MultiBladeBMC/EthernetInterfaces/1", "192.168.56.100" },
        // Their managers have no NICs.
        { "csm-rie-EX425", "", "" },
        { "csm-rie-CMM", "", "" },
    };

    [Theory]
    [MemberData(nameof(Mockups))]
    public void Load_Mockup_FindsItsServiceNic(string mockup, string path, string address)
    {
        var nic = MockupTree.Load(TestBmcs.Mockup(mockup)).ServiceNic;

        Assert.Equal(path.Length == 0 ? null : new ServiceNic(path, address), nic);
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Get_ManagerNics_TheServiceNicHasTheBmcsAddressAndTheOthersTheMockups(string mockup, string path, string address)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, mockup), cancellationToken);

        foreach (var bmc in emulator.Bmcs)
        {
            using var http = EmulatorHttp.Client(emulator, bmc);
            foreach (var nic in bmc.Mockup.Resources.Where(r => r.Path.StartsWith("/redfish/v1/Managers/", StringComparison.Ordinal) && r.Body.TryGetProperty("IPv4Addresses", out _)))
            {
                var served = await (await http.GetAsync(nic.Path, cancellationToken)).ReadJsonAsync(cancellationToken);
                var expected = nic.Path == path ? bmc.Endpoint.Address.ToString() : nic.Body.GetProperty("IPv4Addresses")[0].GetProperty("Address").GetString();
                Assert.Equal(expected, served.GetProperty("IPv4Addresses")[0].GetProperty("Address").GetString());
            }
        }

        Assert.Equal(path.Length > 0, address.Length > 0);
    }

    [Fact]
    public async Task Get_IntelServiceNic_RewritesTheMatchingStaticAddressAndKeepsTheRest()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-Intel"), cancellationToken);
        var bmc = emulator.Bmcs[0];
        using var http = EmulatorHttp.Client(emulator, bmc);
        var mockup = bmc.Mockup.Resources.Single(r => r.Path == "/redfish/v1/Managers/BMC/EthernetInterfaces/3").Body;

        var nic = await (await http.GetAsync("/redfish/v1/Managers/BMC/EthernetInterfaces/3", cancellationToken)).ReadJsonAsync(cancellationToken);

        var own = bmc.Endpoint.Address.ToString();
        Assert.Equal(
            Replace(mockup.GetProperty("IPv4StaticAddresses"), own),
            JsonNode.Parse(nic.GetProperty("IPv4StaticAddresses").GetRawText())!.ToJsonString());
        Assert.Equal(
            Replace(mockup.GetProperty("IPv4Addresses"), own),
            JsonNode.Parse(nic.GetProperty("IPv4Addresses").GetRawText())!.ToJsonString());
        // The MAC is still rewritten as on every NIC.
        Assert.NotEqual(mockup.GetProperty("MACAddress").GetString(), nic.GetProperty("MACAddress").GetString());
    }

    [Fact]
    public async Task Get_ExpandedNicCollection_ShowsTheBmcsAddressToo()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "dmtf-public-bladed"), cancellationToken);
        var bmc = emulator.Bmcs[0];
        using var http = EmulatorHttp.Client(emulator, bmc);

        var collection = await (await http.GetAsync("/redfish/v1/Managers/MultiBladeBMC/EthernetInterfaces?$expand=.", cancellationToken)).ReadJsonAsync(cancellationToken);

        Assert.Equal(bmc.Endpoint.Address.ToString(), collection.GetProperty("Members")[0].GetProperty("IPv4Addresses")[0].GetProperty("Address").GetString());
    }

    [Fact]
    public async Task Patch_ServiceNicAddresses_TheChangeWins()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-OpenBMC-stock"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);
        const string Nic = "/redfish/v1/Managers/bmc/EthernetInterfaces/eth0";

        using var patched = await http.PatchJsonAsync(Nic, """{"IPv4Addresses": [{"Address": "10.9.8.7"}]}""", cancellationToken);
        var nic = await (await http.GetAsync(Nic, cancellationToken)).ReadJsonAsync(cancellationToken);

        Assert.Equal("""[{"Address":"10.9.8.7"}]""", nic.GetProperty("IPv4Addresses").GetRawText());
        Assert.Equal("[]", nic.GetProperty("IPv4StaticAddresses").GetRawText());
    }

    [Fact]
    public void Load_LinkLocalAndOtherTypes_TakesTheFirstManagerWithAUsableAddress()
    {
        using var mockup = new TemporaryMockup();
        mockup.Write("/redfish/v1", """{"Managers": {"@odata.id": "/redfish/v1/Managers"}}""");
        mockup.Write("/redfish/v1/Managers", """{"Members": [{"@odata.id": "/redfish/v1/Managers/A"}, {"@odata.id": "/redfish/v1/Managers/B"}, {"@odata.id": "/redfish/v1/Managers/C"}]}""");
        mockup.Manager("A", "BMC", ("1", "169.254.3.4"));
        mockup.Manager("B", "ManagementController", ("10", "10.0.0.10"), ("9", "10.0.0.9"));
        mockup.Manager("C", "AuxiliaryController", ("1", "10.0.0.1"));

        var nic = MockupTree.Load(mockup.Directory).ServiceNic;

        Assert.Equal(new ServiceNic("/redfish/v1/Managers/B/EthernetInterfaces/9", "10.0.0.9"), nic);
    }

    private static string Replace(JsonElement addresses, string own)
    {
        var original = addresses[0].GetProperty("Address").GetString();
        var copy = JsonNode.Parse(addresses.GetRawText())!.AsArray();
        foreach (var entry in copy.OfType<JsonObject>().Where(e => (string?)e["Address"] == original))
        {
            entry["Address"] = own;
        }

        return copy.ToJsonString();
    }

    /// <summary>A tall-form mockup written into a temporary directory, removed on dispose.</summary>
    private sealed class TemporaryMockup : IDisposable
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("sysmgmt-mockup-").FullName;

        public void Write(string path, string json)
        {
            var directory = Path.Combine(Directory, path.Trim('/'));
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "index.json"), json);
        }

        public void Manager(string id, string type, params (string Id, string Address)[] nics)
        {
            var path = $"/redfish/v1/Managers/{id}";
            var manager = new JsonObject { ["@odata.id"] = path, ["Id"] = id, ["ManagerType"] = type, ["EthernetInterfaces"] = Link($"{path}/EthernetInterfaces") };
            Write(path, manager.ToJsonString());
            Write($"{path}/EthernetInterfaces", new JsonObject { ["Members"] = new JsonArray([.. nics.Select(n => Link($"{path}/EthernetInterfaces/{n.Id}"))]) }.ToJsonString());
            foreach (var (nicId, address) in nics)
            {
                var nic = new JsonObject { ["@odata.id"] = $"{path}/EthernetInterfaces/{nicId}", ["IPv4Addresses"] = new JsonArray(new JsonObject { ["Address"] = address }) };
                Write($"{path}/EthernetInterfaces/{nicId}", nic.ToJsonString());
            }
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

        private static JsonObject Link(string path) => new() { ["@odata.id"] = path };
    }
}
