using SysMgmt.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>Writes rows of <c>smd.ethernet_interface_ips</c> in one statement, whatever their number.</summary>
internal static class EthernetInterfaceIpRows
{
    /// <summary>
    /// Appends the addresses after each interface's current last one, in the given order. An address the interface
    /// already has is left alone, except that with <paramref name="refreshNetwork"/> it takes a network the row
    /// gives (a missing network never erases one). Returns the interface ID of every row inserted or changed.
    /// </summary>
    public static async Task<List<string>> AppendAsync(
        SmdDbContext db, IReadOnlyList<(string InterfaceId, EthernetInterfaceIpAddress Ip)> rows, bool refreshNetwork, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var sql = AppendSql + (refreshNetwork ? RefreshNetworkSql : KeepSql);
        return await db.Database.SqlQueryRaw<string>(
            sql,
            UnnestParameters.For(rows)
                .Column("interface_ids", r => r.InterfaceId)
                .Column("ip_addresses", r => r.Ip.IPAddress!)
                .Column("networks", r => r.Ip.Network)
                .ToArray())
            .ToListAsync(cancellationToken);
    }

    private const string AppendSql = """
        INSERT INTO smd.ethernet_interface_ips AS i (interface_id, ip_address, network, ordinal)
        SELECT u.interface_id, u.ip_address, u.network,
               COALESCE((SELECT max(m.ordinal) FROM smd.ethernet_interface_ips m WHERE m.interface_id = u.interface_id), -1)
               + u.n::integer
        FROM unnest(@interface_ids, @ip_addresses, @networks) WITH ORDINALITY AS u(interface_id, ip_address, network, n)

        """;

    private const string KeepSql = """
        ON CONFLICT (interface_id, ip_address) DO NOTHING
        RETURNING i.interface_id AS "Value"
        """;

    private const string RefreshNetworkSql = """
        ON CONFLICT (interface_id, ip_address) DO UPDATE SET network = EXCLUDED.network
            WHERE EXCLUDED.network IS NOT NULL AND i.network IS DISTINCT FROM EXCLUDED.network
        RETURNING i.interface_id AS "Value"
        """;
}
