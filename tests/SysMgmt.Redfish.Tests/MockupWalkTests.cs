using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

/// <summary>The client walks every mockup, served by our emulator and by a bare static server, and finds what the files hold.</summary>
public sealed class MockupWalkTests
{
    public static TheoryData<string> Mockups => [.. TestBmcs.AllMockupNames()];

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task WalkAsync_EmulatedMockup_FindsSystemsManagersNicsProcessorsAndMemory(string mockup)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // Two BMCs, so that the walked one (index 1) has rewritten identities.
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, mockup), cancellationToken);
        using var factory = TestClients.Factory(emulator);
        var bmc = emulator.Bmcs[1];
        await using var client = factory.Create(bmc);

        var inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);

        var expected = new MockupExpectations(TestBmcs.Mockup(mockup));
        AssertShape(inventory, expected);
        var emulatedMacs = expected.RawMacs.Select(raw => bmc.Mockup.Macs.TryGetOrdinal(raw, out var ordinal) ? bmc.Identity.Mac(raw, ordinal) : raw);
        Assert.Equal(MockupExpectations.Normalized(emulatedMacs), WalkedMacs(inventory));
        Assert.Equal(RedfishAuthMode.Session, client.AuthenticatedWith);
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task WalkAsync_StaticFileServer_FindsWhatTheFilesHold(string mockup)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await StaticMockupServer.StartAsync(TestBmcs.Mockup(mockup), cancellationToken);
        using var factory = TestClients.Factory(new RedfishClientOptions { RetryDelay = TimeSpan.FromMilliseconds(20) });
        await using var client = factory.Create(server.BaseUri);

        var inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);

        var expected = new MockupExpectations(TestBmcs.Mockup(mockup));
        AssertShape(inventory, expected);
        Assert.Equal(MockupExpectations.Normalized(expected.RawMacs), WalkedMacs(inventory));
        // The static server has no sessions (POST answers 405): the client falls back to Basic.
        Assert.Equal(RedfishAuthMode.Basic, client.AuthenticatedWith);
    }

    [Fact]
    public async Task WalkAsync_TwoEmulatedBmcsOfOneMockup_AreDistinctMachines()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, "dmtf-public-rackmount1"), cancellationToken);
        using var factory = TestClients.Factory(emulator);

        var inventories = await Task.WhenAll(emulator.Bmcs.Select(async bmc =>
        {
            await using var client = factory.Create(bmc);
            return await RedfishInventoryWalker.WalkAsync(client, cancellationToken);
        }));

        var (first, second) = (inventories[0].Systems.Single().System, inventories[1].Systems.Single().System);
        Assert.NotEqual(first.UUID, second.UUID);
        Assert.NotEqual(first.SerialNumber, second.SerialNumber);
        Assert.Empty(WalkedMacs(inventories[0]).Intersect(WalkedMacs(inventories[1])));
    }

    private static void AssertShape(BmcInventory inventory, MockupExpectations expected)
    {
        // The only problems are links to files that hold an error body: dangling links, as a 404 would be.
        Assert.All(inventory.Problems, p => Assert.True(p.Kind == RedfishErrorKind.NotFound && expected.IsErrorBody(p.Resource), p.ToString()));
        Assert.Equal(expected.Systems, inventory.Systems.Count);
        Assert.Equal(expected.Managers, inventory.Managers.Count);
        Assert.Equal(expected.Chassis, inventory.Chassis.Count);
        Assert.Equal(expected.Processors, inventory.Systems.Sum(s => s.Processors.Count));
        Assert.Equal(expected.MemoryDevices, inventory.Systems.Sum(s => s.Memory.Count));
        Assert.All(inventory.Systems, s => Assert.NotNull(s.System.ODataId));
    }

    private static List<string> WalkedMacs(BmcInventory inventory) =>
        [.. inventory.AllNics.Select(n => n.Mac).OfType<string>().Order(StringComparer.Ordinal)];
}
