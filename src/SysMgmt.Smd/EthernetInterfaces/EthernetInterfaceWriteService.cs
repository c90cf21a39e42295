using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Time;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// Creates, patches and deletes interfaces and their IP addresses. Each operation is one transaction whose checks
/// come before its writes, so a request that fails stores nothing. <c>LastUpdate</c> comes from the injected clock
/// and moves when an interface is created or its IP addresses change, as in the anchors.
/// </summary>
internal sealed partial class EthernetInterfaceWriteService(SmdDbContext db, TimeProvider time, ILogger<EthernetInterfaceWriteService> logger)
{
    /// <summary>Stores a new interface and its addresses; a MAC that exists already is a 409 and nothing is written.</summary>
    public Task<Outcome<string>> CreateAsync(NewEthernetInterface input, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            var inserted = await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO smd.ethernet_interfaces (id, mac_address, description, component_id, type, last_update)
                VALUES (@id, @mac_address, @description, @component_id, @type, @now)
                ON CONFLICT (id) DO NOTHING
                """,
                [
                    new NpgsqlParameter("id", input.Id),
                    new NpgsqlParameter("mac_address", input.MacAddress),
                    new NpgsqlParameter("description", input.Description),
                    Text("component_id", input.ComponentId?.Value),
                    Text("type", input.Type),
                    new NpgsqlParameter("now", Now()),
                ],
                ct);
            if (inserted == 0)
            {
                return EthernetInterfaceProblems.DuplicateMac(input.MacAddress);
            }

            await EthernetInterfaceIpRows.AppendAsync(db, [.. input.IpAddresses.Select(ip => (input.Id, ip))], refreshNetwork: false, ct);
            LogCreated(logger, input.MacAddress, input.ComponentId?.Value ?? "", input.IpAddresses.Count);
            return input.Id;
        }, cancellationToken);

    /// <summary>
    /// Applies a validated PATCH and returns the interface as stored. <c>IPAddresses</c> replaces the list and moves
    /// <c>LastUpdate</c>; Description and ComponentID do not.
    /// </summary>
    public Task<Outcome<EthernetInterface>> PatchAsync(string id, EthernetInterfacePatch patch, CancellationToken cancellationToken) =>
        db.InTransactionAsync<EthernetInterface>(async ct =>
        {
            var now = Now();
            var updated = await db.EthernetInterfaces.Where(e => e.Id == id).ExecuteUpdateAsync(set =>
            {
                // Always one setter at least: the row lock it takes orders concurrent PATCHes of this interface.
                set.SetProperty(e => e.Description, e => patch.Description ?? e.Description);
                if (patch.SetsComponent)
                {
                    set.SetProperty(e => e.ComponentId, patch.ComponentId?.Value);
                    set.SetProperty(e => e.Type, patch.Type);
                }

                if (patch.IpAddresses is not null)
                {
                    set.SetProperty(e => e.LastUpdate, now);
                }
            }, ct);
            if (updated == 0)
            {
                return EthernetInterfaceProblems.NoSuchInterface(id);
            }

            if (patch.IpAddresses is { } ips)
            {
                await db.EthernetInterfaceIps.Where(ip => ip.InterfaceId == id).ExecuteDeleteAsync(ct);
                await EthernetInterfaceIpRows.AppendAsync(db, [.. ips.Select(ip => (id, ip))], refreshNetwork: false, ct);
            }

            return (await db.EthernetInterfaces.Where(e => e.Id == id).Select(EthernetInterfaceProjections.ToContract).FirstAsync(ct));
        }, cancellationToken);

    public Task<int> DeleteAsync(string id, CancellationToken cancellationToken) =>
        db.EthernetInterfaces.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => db.EthernetInterfaces.ExecuteDeleteAsync(cancellationToken);

    /// <summary>Adds one address after the others; 404 without the interface, 409 when it already has the address.</summary>
    public Task<Outcome<string>> AddIpAddressAsync(string id, EthernetInterfaceIpAddress ip, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            if (!await LockAsync(id, ct))
            {
                return EthernetInterfaceProblems.NoSuchInterface(id);
            }

            if ((await EthernetInterfaceIpRows.AppendAsync(db, [(id, ip)], refreshNetwork: false, ct)).Count == 0)
            {
                return EthernetInterfaceProblems.DuplicateIpAddress(ip.IPAddress!);
            }

            await TouchAsync(id, ct);
            return ip.IPAddress!;
        }, cancellationToken);

    /// <summary>Sets or (with null) clears the network of one address.</summary>
    public Task<Outcome<EthernetInterfaceIpAddress>> SetNetworkAsync(string id, string ip, string? network, CancellationToken cancellationToken) =>
        db.InTransactionAsync<EthernetInterfaceIpAddress>(async ct =>
        {
            if (!await LockAsync(id, ct))
            {
                return EthernetInterfaceProblems.NoSuchInterface(id);
            }

            var updated = await db.EthernetInterfaceIps.Where(i => i.InterfaceId == id && i.IpAddress == ip)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Network, network), ct);
            if (updated == 0)
            {
                return EthernetInterfaceProblems.NoSuchIpAddress(id, ip);
            }

            await TouchAsync(id, ct);
            return new EthernetInterfaceIpAddress { IPAddress = ip, Network = network };
        }, cancellationToken);

    public Task<Outcome<int>> DeleteIpAddressAsync(string id, string ip, CancellationToken cancellationToken) =>
        db.InTransactionAsync<int>(async ct =>
        {
            if (!await LockAsync(id, ct))
            {
                return EthernetInterfaceProblems.NoSuchInterface(id);
            }

            var deleted = await db.EthernetInterfaceIps.Where(i => i.InterfaceId == id && i.IpAddress == ip).ExecuteDeleteAsync(ct);
            if (deleted == 0)
            {
                return EthernetInterfaceProblems.NoSuchIpAddress(id, ip);
            }

            await TouchAsync(id, ct);
            return deleted;
        }, cancellationToken);

    /// <summary>Locks the interface row for the transaction, so changes to its address list apply one at a time.</summary>
    private async Task<bool> LockAsync(string id, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<string>(
            """SELECT id AS "Value" FROM smd.ethernet_interfaces WHERE id = @id FOR UPDATE""",
            new NpgsqlParameter("id", id)).ToListAsync(cancellationToken)).Count > 0;

    private Task<int> TouchAsync(string id, CancellationToken cancellationToken)
    {
        var now = Now();
        return db.EthernetInterfaces.Where(e => e.Id == id).ExecuteUpdateAsync(set => set.SetProperty(e => e.LastUpdate, now), cancellationToken);
    }

    private DateTimeOffset Now() => Rfc3339.ToMicroseconds(time.GetUtcNow());

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
