using SysMgmt.ServiceDefaults.Data;
using Npgsql;

namespace SysMgmt.Bss.EndpointHistory;

/// <summary>The <c>bss.endpoint_access</c> table: one row per node and endpoint, the latest access wins.</summary>
internal sealed class EndpointHistoryStore(NpgsqlDataSource dataSource)
{
    public async Task WriteAsync(IReadOnlyCollection<KeyValuePair<(string Name, EndpointKind Kind), long>> accesses, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO bss.endpoint_access (name, endpoint, last_epoch)
            SELECT * FROM unnest(@names, @endpoints, @epochs)
            ON CONFLICT (name, endpoint) DO UPDATE SET last_epoch = GREATEST(bss.endpoint_access.last_epoch, EXCLUDED.last_epoch)
            """);
        await UnnestParameters.For(accesses)
            .Column("names", a => a.Key.Name)
            .Column("endpoints", a => a.Key.Kind.WireName())
            .Column("epochs", a => a.Value)
            .AddTo(command)
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<EndpointAccess>> ReadAsync(string? name, EndpointKind? kind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT name, endpoint, last_epoch FROM bss.endpoint_access
            WHERE (@name::text IS NULL OR name = @name) AND (@endpoint::text IS NULL OR endpoint = @endpoint)
            ORDER BY name, endpoint
            """);
        command.Parameters.Add(new NpgsqlParameter<string?>("name", name));
        command.Parameters.Add(new NpgsqlParameter<string?>("endpoint", kind?.WireName()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<EndpointAccess>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new EndpointAccess(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }
}
