using Npgsql;
using SysMgmt.Inventory.V1;

namespace SysMgmt.Smd.Inventory;

/// <summary>
/// Reads the node view of <c>sysmgmt.inventory.v1.Node</c> (components of Type Node with their Ethernet interfaces,
/// endpoint FQDN and memberships) on the caller's connection, so that its transaction decides what is visible.
/// </summary>
internal static class NodeViewReader
{
    public static async Task<uint> CountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM smd.components WHERE type = 'Node'", connection);
        return (uint)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Every node in xname order, or only those of <paramref name="xnames"/>; streamed as the rows arrive.</summary>
    public static async IAsyncEnumerable<Node> ReadAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string>? xnames,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(xnames is null ? AllSql : SelectedSql, connection);
        if (xnames is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]>("ids", [.. xnames]));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var node = new Node
            {
                Xname = reader.GetString(0),
                Role = reader.GetString(2),
                SubRole = reader.GetString(3),
                Enabled = reader.GetBoolean(4),
                State = reader.GetString(5),
                Flag = reader.GetString(6),
                Arch = reader.GetString(7),
                Class = reader.GetString(8),
                Fqdn = reader.GetString(9),
                Partition = reader.GetString(14),
            };
            if (!reader.IsDBNull(1))
            {
                node.Nid = reader.GetInt64(1);
            }

            var ids = reader.GetFieldValue<string[]>(10);
            var descriptions = reader.GetFieldValue<string[]>(11);
            var addresses = reader.GetFieldValue<string[]>(12);
            for (var i = 0; i < ids.Length; i++)
            {
                var nic = new NetworkInterface { Mac = MacFromId(ids[i]), Description = descriptions[i] };
                if (addresses[i].Length > 0)
                {
                    nic.IpAddresses.AddRange(addresses[i].Split(' '));
                }

                node.Interfaces.Add(nic);
            }

            node.Groups.AddRange(reader.GetFieldValue<string[]>(13));
            yield return node;
        }
    }

    /// <summary>An Ethernet interface's ID is its MAC's twelve lower-case hex digits: "a4bf012b7310" → "a4:bf:01:2b:73:10".</summary>
    public static string MacFromId(string id) =>
        id.Length == 12 ? string.Join(':', Enumerable.Range(0, 6).Select(i => id.Substring(i * 2, 2))) : id;

    // The interfaces are ordered by ID, which is the MAC's hex digits, so MAC order; addresses keep their ordinal.
    private const string Columns = """
        SELECT c.id, c.nid, coalesce(c.role, ''), coalesce(c.sub_role, ''), c.enabled, c.state, c.flag,
               coalesce(c.arch, ''), coalesce(c.class, ''),
               coalesce((SELECT ce.id || '.' || ce.domain FROM smd.component_endpoints ce WHERE ce.id = c.id AND ce.domain <> ''), ''),
               coalesce(nic.ids, '{}'), coalesce(nic.descriptions, '{}'), coalesce(nic.addresses, '{}'),
               coalesce((SELECT array_agg(g.name ORDER BY g.name) FROM smd.component_group_members m
                         JOIN smd.component_groups g ON g.id = m.group_id WHERE m.component_id = c.id AND g.namespace = 'group'), '{}'),
               coalesce((SELECT g.name FROM smd.component_group_members m
                         JOIN smd.component_groups g ON g.id = m.group_id WHERE m.component_id = c.id AND g.namespace = 'partition'), '')
        FROM smd.components c
        LEFT JOIN LATERAL (
            SELECT array_agg(e.id ORDER BY e.id) AS ids, array_agg(e.description ORDER BY e.id) AS descriptions,
                   array_agg(coalesce((SELECT string_agg(i.ip_address, ' ' ORDER BY i.ordinal)
                                       FROM smd.ethernet_interface_ips i WHERE i.interface_id = e.id), '') ORDER BY e.id) AS addresses
            FROM smd.ethernet_interfaces e WHERE e.component_id = c.id) nic ON true
        """;

    private const string AllSql = Columns + "\nWHERE c.type = 'Node' ORDER BY c.id";
    private const string SelectedSql = Columns + "\nWHERE c.type = 'Node' AND c.id = ANY(@ids) ORDER BY c.id";
}
