using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Tests.Infrastructure;

namespace SysMgmt.Redfish.Tests;

/// <summary>
/// Quirks of real BMCs that no shared mockup has, in a sparse tree written here and served by the bare static
/// server: dotted and dashed MACs, <c>Self</c> IDs, NICs only under the Manager, no SerialConsole, numbers where
/// strings belong, dangling links, a paged collection that lists a member twice, and a collection whose next page is
/// itself.
/// </summary>
public sealed class QuirkTests : IDisposable
{
    private readonly TemporaryMockup _mockup = new TemporaryMockup()
        .Add("/redfish/v1", """
            {"@odata.id": "/redfish/v1", "RedfishVersion": "1.6.0",
             "Systems": {"@odata.id": "/redfish/v1/Systems"}, "Managers": {"@odata.id": "/redfish/v1/Managers"},
             "Chassis": {"@odata.id": "/redfish/v1/Chassis"}}
            """)
        .Add("/redfish/v1/Systems", """
            {"Members": [{"@odata.id": "/redfish/v1/Systems/Self"}, {"@odata.id": "/redfish/v1/Systems/Gone"}],
             "Members@odata.nextLink": "/redfish/v1/SystemsPage2"}
            """)
        .Add("/redfish/v1/SystemsPage2", """{"Members": [{"@odata.id": "/redfish/v1/Systems/Node1"}, {"@odata.id": "/redfish/v1/Systems/Self/"}]}""")
        .Add("/redfish/v1/Systems/Self", """
            {"@odata.id": "/redfish/v1/Systems/Self", "Id": "Self", "SerialNumber": 12345, "PowerState": "On",
             "ProcessorSummary": {"Count": "2"},
             "EthernetInterfaces": {"@odata.id": "/redfish/v1/Systems/Self/EthernetInterfaces"},
             "Processors": {"@odata.id": "/redfish/v1/Systems/Self/Processors"}}
            """)
        .Add("/redfish/v1/Systems/Self/EthernetInterfaces", """
            {"Members": [{"@odata.id": "/redfish/v1/Systems/Self/EthernetInterfaces/1"},
                         {"@odata.id": "/redfish/v1/Systems/Self/EthernetInterfaces/2"},
                         {"@odata.id": "/redfish/v1/Systems/Self/EthernetInterfaces/3"}]}
            """)
        .Add("/redfish/v1/Systems/Self/EthernetInterfaces/1", """{"Id": "1", "MACAddress": "AABB.CCDD.EEFF"}""")
        .Add("/redfish/v1/Systems/Self/EthernetInterfaces/2", """{"Id": "2", "MACAddress": "Not Available"}""")
        .Add("/redfish/v1/Systems/Self/EthernetInterfaces/3", """{"Id": "3", "MACAddress": "", "PermanentMACAddress": "00-40-A6-83-52-61"}""")
        .Add("/redfish/v1/Systems/Node1", """{"@odata.id": "/redfish/v1/Systems/Node1", "Id": "Node1"}""")
        .Add("/redfish/v1/Managers", """{"Members": [{"@odata.id": "/redfish/v1/Managers/Self"}]}""")
        .Add("/redfish/v1/Managers/Self", """
            {"@odata.id": "/redfish/v1/Managers/Self", "Id": "Self", "ManagerType": "BMC",
             "EthernetInterfaces": {"@odata.id": "/redfish/v1/Managers/Self/EthernetInterfaces"}}
            """)
        .Add("/redfish/v1/Managers/Self/EthernetInterfaces", """{"Members": [{"@odata.id": "/redfish/v1/Managers/Self/EthernetInterfaces/eth0"}]}""")
        .Add("/redfish/v1/Managers/Self/EthernetInterfaces/eth0", """
            {"Id": "eth0", "MACAddress": "A4:BF:01:28:90:AA", "IPv4Addresses": [{"Address": ""}, {"Address": "10.254.1.23"}]}
            """)
        .Add("/redfish/v1/Chassis", """{"Members": [], "Members@odata.nextLink": "/redfish/v1/Chassis"}""");

    [Fact]
    public async Task WalkAsync_SparseQuirkyTree_NormalisesWhatItCanAndRecordsTheRest()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await StaticMockupServer.StartAsync(_mockup.Directory, cancellationToken);
        using var factory = TestClients.Factory(new RedfishClientOptions());
        await using var client = factory.Create(server.BaseUri);

        var inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);

        Assert.Equal(["Self", "Node1"], inventory.Systems.Select(s => s.System.Id));
        var self = inventory.Systems[0];
        Assert.Equal("12345", self.System.SerialNumber);
        Assert.Equal(2, self.System.ProcessorSummary?.Count);
        Assert.Null(self.System.SerialConsole);
        Assert.Null(self.System.MemorySummary?.TotalSystemMemoryGiB);
        Assert.Equal(["aa:bb:cc:dd:ee:ff", null, "00:40:a6:83:52:61"], self.EthernetInterfaces.Select(n => n.Mac));
        Assert.Contains("no MAC address", self.EthernetInterfaces[1].MacProblem, StringComparison.Ordinal);
        Assert.Empty(inventory.Systems[1].EthernetInterfaces);
        var bmcNic = Assert.Single(inventory.Managers.Single().EthernetInterfaces);
        Assert.Equal(("a4:bf:01:28:90:aa", "10.254.1.23"), (bmcNic.Mac, bmcNic.FirstIPv4));
        Assert.Empty(inventory.Chassis);
        Assert.Collection(inventory.Problems.OrderBy(p => p.Resource, StringComparer.Ordinal),
            p => Assert.Equal(("/redfish/v1/Chassis", RedfishErrorKind.InvalidResponse), (p.Resource, p.Kind)),
            p => Assert.Equal(("/redfish/v1/Systems/Self/Processors", RedfishErrorKind.NotFound), (p.Resource, p.Kind)));
    }

    public void Dispose() => _mockup.Dispose();
}
