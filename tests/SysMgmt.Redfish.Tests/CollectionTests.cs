using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

/// <summary>Collections: pages followed, <c>$expand</c> used when the ServiceRoot advertises it.</summary>
public sealed class CollectionTests
{
    [Fact]
    public async Task WalkAsync_OneMemberPerPage_FollowsNextLinksToEveryMember()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = TestBmcs.Options(1, "dmtf-public-bladed");
        options.PageSize = 1;
        await using var emulator = await TestBmcs.StartAsync(options, cancellationToken);
        using var factory = TestClients.Factory(emulator, o => o.UseExpand = false);
        await using var client = factory.Create(emulator.Bmcs[0]);

        var inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);

        Assert.Equal((4, 5, 5), (inventory.Systems.Count, inventory.Managers.Count, inventory.Chassis.Count));
        Assert.Equal(5, inventory.Managers.Select(m => m.Manager.ODataId).Distinct().Count());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 6)]
    public async Task GetMembersAsync_ServiceAdvertisesExpand_ReadsMembersInOneRequestWhenAllowed(bool useExpand, int requests)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "dmtf-public-bladed"), cancellationToken);
        using var factory = TestClients.Factory(emulator, o => (o.UseExpand, o.Authentication) = (useExpand, RedfishAuthMode.Basic));
        await using var client = factory.Create(emulator.Bmcs[0]);
        var root = await client.GetServiceRootAsync(cancellationToken);
        await client.GetAsync("/redfish/v1/Systems", RedfishJsonContext.Default.RedfishCollection, cancellationToken);
        var before = emulator.Bmcs[0].RequestCount;

        var managers = await client.GetMembersAsync(root.Managers, RedfishJsonContext.Default.Manager, cancellationToken);

        Assert.Equal(5, managers.Count);
        Assert.All(managers, m => Assert.NotNull(m.ManagerType));
        Assert.Equal(requests, emulator.Bmcs[0].RequestCount - before);
    }
}
