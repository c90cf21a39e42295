using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.EthernetInterfaces;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary>
/// <see cref="EthernetInterfaceUpsertService.UpsertAsync"/>, the bulk write discovery ingestion uses: claims,
/// merges, conflicts that write nothing, idempotence and concurrency.
/// </summary>
public sealed class EthernetInterfaceUpsertTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Node0 = "x3000c0s19b1n0", Node1 = "x3000c0s19b1n1";

    [Fact]
    public async Task Upsert_NewInterfaces_InsertsThemWithTheirAddresses()
    {
        var result = await UpsertAsync(
            Discovered("a4:bf:01:2b:73:10", Node0, "Node NIC", "10.0.0.1@HMN", "10.1.0.1"),
            Discovered("A4-BF-01-2B-73-11", Node1, "", "10.0.0.2"),
            Discovered("a4bf.012b.7312", "x3000c0s19b1", "BMC NIC"));

        Assert.Equal(new EthernetInterfaceUpsertResult(3, 0, []), result with { Conflicts = [] });
        Assert.True(result.Succeeded);
        using var client = Smd.CreateClient();
        var stored = await client.GetInterfacesAsync();
        Assert.Equal(["a4bf012b7310", "a4bf012b7311", "a4bf012b7312"], Ids(stored));
        Assert.Equal(["Node NIC", Node0, "Node"], stored[0].Fields("Description", "ComponentID", "Type"));
        Assert.Equal(["10.0.0.1@HMN", "10.1.0.1"], stored[0].Addresses());
        Assert.Equal("NodeBMC", stored[2].Str("Type"));
    }

    [Fact]
    public async Task Upsert_SameBatchAgain_WritesNothing()
    {
        NewEthernetInterface[] batch = [Discovered("a4:bf:01:2b:73:10", Node0, "Node NIC", "10.0.0.1@HMN"), Discovered("a4:bf:01:2b:73:11", Node1, "", "10.0.0.2")];
        await UpsertAsync(batch);
        var versions = await RowVersionsAsync();

        var again = await UpsertAsync(batch);

        Assert.Equal(new EthernetInterfaceUpsertResult(0, 0, []), again with { Conflicts = [] });
        Assert.Equal(versions, await RowVersionsAsync());
    }

    [Fact]
    public async Task Upsert_UnownedInterface_IsClaimedKeepingItsDescriptionAndAddresses()
    {
        using var client = Smd.CreateClient();
        await client.PostInterfaceAsync("""{"MACAddress":"a4:bf:01:2b:73:10","Description":"from DHCP","IPAddresses":[{"IPAddress":"10.0.0.1","Network":"HMN"}]}""");

        var result = await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, "Redfish NIC", "10.0.0.2"));

        Assert.Equal((0, 1), (result.Inserted, result.Updated));
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(["from DHCP", Node0, "Node"], stored.Fields("Description", "ComponentID", "Type"));
        Assert.Equal(["10.0.0.1@HMN", "10.0.0.2"], stored.Addresses());
    }

    [Fact]
    public async Task Upsert_OwnedInterface_FillsAnEmptyDescriptionAndRefreshesNetworks()
    {
        await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, "", "10.0.0.1@HMN", "10.0.0.2"));

        var result = await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, "Redfish NIC", "10.0.0.1", "10.0.0.2@NMN", "10.0.0.3"));

        Assert.Equal((0, 1), (result.Inserted, result.Updated));
        using var client = Smd.CreateClient();
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal("Redfish NIC", stored.Str("Description"));
        // A missing network never erases one; a given network replaces it; new addresses go last.
        Assert.Equal(["10.0.0.1@HMN", "10.0.0.2@NMN", "10.0.0.3"], stored.Addresses());
    }

    [Fact]
    public async Task Upsert_EntryWithoutOwner_KeepsTheStoredOwner()
    {
        await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, ""));

        var result = await UpsertAsync(Discovered("a4:bf:01:2b:73:10", null, "", "10.0.0.9"));

        Assert.True(result.Succeeded);
        using var client = Smd.CreateClient();
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(Node0, stored.Str("ComponentID"));
        Assert.Equal(["10.0.0.9"], stored.Addresses());
    }

    [Fact]
    public async Task Upsert_MacOwnedByAnotherComponent_ReportsItAndWritesNothing()
    {
        await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, "", "10.0.0.1"));
        var versions = await RowVersionsAsync();

        var result = await UpsertAsync(
            Discovered("a4:bf:01:2b:73:11", Node1, "", "10.0.0.2"),
            Discovered("A4:BF:01:2B:73:10", Node1, "", "10.0.0.3"));

        Assert.False(result.Succeeded);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new EthernetInterfaceConflict("a4:bf:01:2b:73:10", Node1, Node0, WithinBatch: false), conflict);
        Assert.Equal("MAC a4:bf:01:2b:73:10 of x3000c0s19b1n1 already belongs to x3000c0s19b1n0", conflict.ToString());
        Assert.Equal((0, 0), (result.Inserted, result.Updated));
        Assert.Equal(versions, await RowVersionsAsync());
        Assert.Equal(1L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }

    [Fact]
    public async Task Upsert_OneMacForTwoComponentsInTheBatch_ReportsItAndWritesNothing()
    {
        var result = await UpsertAsync(
            Discovered("a4:bf:01:2b:73:10", Node0, ""),
            Discovered("a4:bf:01:2b:73:11", Node0, ""),
            Discovered("a4:bf:01:2b:73:10", Node1, ""));

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("MAC a4:bf:01:2b:73:10 is given to both x3000c0s19b1n0 and x3000c0s19b1n1", conflict.ToString());
        Assert.Equal(0L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interfaces"));
    }

    [Fact]
    public async Task Upsert_RepeatedEntry_IsMergedIntoOneInterface()
    {
        var result = await UpsertAsync(
            Discovered("a4:bf:01:2b:73:10", null, "", "10.0.0.1"),
            Discovered("a4-bf-01-2b-73-10", Node0, "Redfish NIC", "10.0.0.1@HMN", "10.0.0.2"));

        Assert.Equal((1, 0), (result.Inserted, result.Updated));
        using var client = Smd.CreateClient();
        var stored = await client.GetInterfaceAsync("a4bf012b7310");
        Assert.Equal(["Redfish NIC", Node0], stored.Fields("Description", "ComponentID"));
        Assert.Equal(["10.0.0.1@HMN", "10.0.0.2"], stored.Addresses());
    }

    [Fact]
    public async Task Upsert_AddressAdded_MovesLastUpdateOfThatInterfaceOnly()
    {
        await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, ""), Discovered("a4:bf:01:2b:73:11", Node1, ""));
        await Smd.ExecuteSqlAsync("UPDATE smd.ethernet_interfaces SET last_update = '2001-01-01T00:00:00Z'");

        await UpsertAsync(Discovered("a4:bf:01:2b:73:10", Node0, "", "10.0.0.1"), Discovered("a4:bf:01:2b:73:11", Node1, ""));

        using var client = Smd.CreateClient();
        Assert.Equal(["a4bf012b7311"], await client.GetInterfaceIdsAsync("OlderThan=2002-01-01T00:00:00Z"));
    }

    [Fact]
    public async Task Upsert_LargeBatch_IsWrittenWhole()
    {
        var batch = Enumerable.Range(0, 2000).Select(n => Discovered($"02:00:00:00:{n / 256:x2}:{n % 256:x2}", $"x1000c0s{n / 8 % 8}b0n{n % 8}", "", $"10.0.{n / 256}.{n % 256}")).ToArray();

        var result = await UpsertAsync(batch);

        Assert.Equal((2000, 0), (result.Inserted, result.Updated));
        Assert.Equal(2000L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }

    [Fact]
    public async Task Upsert_OutsideATransaction_Throws()
    {
        await using var scope = Smd.Factory.Services.CreateAsyncScope();
        var upserts = scope.ServiceProvider.GetRequiredService<EthernetInterfaceUpsertService>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => upserts.UpsertAsync([Discovered("a4:bf:01:2b:73:10", Node0, "")], Ct));
    }

    [Fact]
    public async Task Upsert_ConcurrentOverlappingClaims_GiveEveryMacOneOwnerAndLosersWriteNothing()
    {
        // Sixteen writers claim the same 50 MACs, half of them for Node0 and half for Node1, each with addresses of
        // its own: whichever owner gets there first keeps every MAC; the other owner's batches are refused whole.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(writer => Task.Run(() => UpsertAsync(
            [.. Enumerable.Range(0, 50).Select(n => Discovered($"02:00:00:00:00:{n:x2}", writer % 2 == 0 ? Node0 : Node1, "", $"10.{writer}.0.{n}"))]))));

        var owners = await Smd.QueryScalarAsync<string>("SELECT string_agg(DISTINCT component_id, ',') FROM smd.ethernet_interfaces");
        Assert.Equal(50L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interfaces"));
        var winner = Assert.Single(owners!.Split(','));
        var winners = Enumerable.Range(0, 16).Where(w => (w % 2 == 0 ? Node0 : Node1) == winner).ToArray();
        Assert.All(winners, w => Assert.True(outcomes[w].Succeeded, $"writer {w} for the winning owner was refused"));
        Assert.All(Enumerable.Range(0, 16).Except(winners), w => Assert.Equal(50, outcomes[w].Conflicts.Count));
        Assert.Equal(winners.Length * 50L, await Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.ethernet_interface_ips"));
    }

    /// <summary>An interface as discovery would build it, through the same validation as the API.</summary>
    private static NewEthernetInterface Discovered(string mac, string? owner, string description, params string[] ips)
    {
        var errors = new List<string>();
        var request = new EthernetInterfacePostRequest
        {
            MACAddress = mac,
            ComponentID = owner,
            Description = description,
            IPAddresses = [.. ips.Select(ip => ip.Split('@') is [var address, var network]
                ? new EthernetInterfaceIpAddress { IPAddress = address, Network = network }
                : new EthernetInterfaceIpAddress { IPAddress = ip })],
        };
        return EthernetInterfaceValidator.Validate(request, errors) ?? throw new ArgumentException(string.Join("; ", errors));
    }

    private async Task<EthernetInterfaceUpsertResult> UpsertAsync(params NewEthernetInterface[] batch)
    {
        await using var scope = Smd.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmdDbContext>();
        var upserts = scope.ServiceProvider.GetRequiredService<EthernetInterfaceUpsertService>();
        var outcome = await db.InTransactionAsync<EthernetInterfaceUpsertResult>(async ct => await upserts.UpsertAsync(batch, ct), Ct);
        return outcome.Value!;
    }

    /// <summary>Every row's physical version: unchanged when nothing was written to it.</summary>
    private Task<string?> RowVersionsAsync() => Smd.QueryScalarAsync<string>(
        """
        SELECT string_agg(v, ',' ORDER BY v) FROM (
            SELECT id || ':' || xmin::text AS v FROM smd.ethernet_interfaces
            UNION ALL SELECT interface_id || '/' || ip_address || ':' || xmin::text FROM smd.ethernet_interface_ips) rows
        """);
}
