using Npgsql;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// The notification in flight for each subscription (<c>smd.scn_pending</c>, migration 0010). It is recorded and
/// committed on a connection of its own before the POST, while the dispatcher's transaction keeps the delivery row
/// locked; it is removed in that transaction, with the cursor move, once the subscriber confirmed. So after a crash
/// the same notification is sent again with the same key, never another one over the same changes.
/// </summary>
internal static class ScnPendingStore
{
    /// <summary>The notification left unconfirmed for <paramref name="subscriptionId"/>, if any.</summary>
    public static async Task<ScnOutgoing?> FindAsync(NpgsqlConnection connection, long subscriptionId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, through_seq, through_trigger, components, body FROM smd.scn_pending WHERE subscription_id = @id", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("id", subscriptionId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ScnOutgoing(reader.GetGuid(0), new ScnCursor(reader.GetInt64(1), (ScnTrigger)reader.GetInt32(2)), reader.GetInt32(3), reader.GetFieldValue<byte[]>(4))
            : null;
    }

    /// <summary>Records <paramref name="outgoing"/> as in flight and commits it at once (its own connection).</summary>
    public static async Task RecordAsync(NpgsqlDataSource dataSource, long subscriptionId, ScnOutgoing outgoing, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO smd.scn_pending (subscription_id, idempotency_key, through_seq, through_trigger, components, body)
            VALUES (@id, @key, @seq, @trigger, @components, @body)
            ON CONFLICT (subscription_id) DO UPDATE SET idempotency_key = excluded.idempotency_key, through_seq = excluded.through_seq,
                through_trigger = excluded.through_trigger, components = excluded.components, body = excluded.body
            """);
        command.Parameters.Add(new NpgsqlParameter<long>("id", subscriptionId));
        command.Parameters.Add(new NpgsqlParameter<Guid>("key", outgoing.Key));
        command.Parameters.Add(new NpgsqlParameter<long>("seq", outgoing.Through.Sequence));
        command.Parameters.Add(new NpgsqlParameter<int>("trigger", (int)outgoing.Through.Trigger));
        command.Parameters.Add(new NpgsqlParameter<int>("components", outgoing.Components));
        command.Parameters.Add(new NpgsqlParameter<byte[]>("body", outgoing.Body));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Forgets the confirmed notification, in the transaction that moves the cursor past it.</summary>
    public static async Task RemoveAsync(NpgsqlConnection connection, long subscriptionId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM smd.scn_pending WHERE subscription_id = @id", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("id", subscriptionId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
