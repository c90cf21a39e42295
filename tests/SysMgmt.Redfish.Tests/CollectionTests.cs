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
        await using var bmc = await ConnectedBmc.StartAsync(options, cancellationToken, o => o.UseExpand = false);

        var inventory = await RedfishInventoryWalker.WalkAsync(bmc.Client, cancellationToken);

        Assert.Equal((4, 5, 5), (inventory.Systems.Count, inventory.Managers.Count, inventory.Chassis.Count));
        Assert.Equal(5, inventory.Managers.Select(m => m.Manager.ODataId).Distinct().Count());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 6)]
    public async Task GetMembersAsync_ServiceAdvertisesExpand_ReadsMembersInOneRequestWhenAllowed(bool useExpand, int requests)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("dmtf-public-bladed", cancellationToken, o => (o.UseExpand, o.Authentication) = (useExpand, RedfishAuthMode.Basic));
        var client = bmc.Client;
        var root = await client.GetServiceRootAsync(cancellationToken);
        await client.GetAsync("/redfish/v1/Systems", RedfishJsonContext.Default.RedfishCollection, cancellationToken);
        var before = bmc.Bmc.RequestCount;

        var managers = await client.GetMembersAsync(root.Managers, RedfishJsonContext.Default.Manager, cancellationToken);

        Assert.Equal(5, managers.Count);
        Assert.All(managers, m => Assert.NotNull(m.ManagerType));
        Assert.Equal(requests, bmc.Bmc.RequestCount - before);
    }

    [Fact]
    public async Task WalkAsync_StorageListingOneDriveManyTimes_ReadsItOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // The captured Intel BMC lists /Storage/1/Drives/HDD0 32 times, and answers that it does not exist.
        await using var bmc = await ConnectedBmc.StartAsync("csm-rie-Intel", cancellationToken);
        var before = bmc.Bmc.RequestCount;

        var inventory = await RedfishInventoryWalker.WalkAsync(bmc.Client, cancellationToken);

        Assert.Empty(Assert.Single(inventory.Systems).Drives);
        // 37 distinct resources, each read once; reading HDD0 once per listing made 68 requests.
        Assert.InRange(bmc.Bmc.RequestCount - before, 30, 40);
    }
}
