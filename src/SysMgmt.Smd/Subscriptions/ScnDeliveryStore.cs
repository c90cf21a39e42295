using Npgsql;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// The SQL of delivery, on the dispatcher's own connection and transaction. A claim locks the subscription's
/// delivery row until the transaction ends, skipping rows another dispatcher (this replica's or another's) holds:
/// a subscription is served by one dispatcher at a time, so its notifications go out once and in order.
/// </summary>
internal static class ScnDeliveryStore
{
    /// <summary>The subscription most overdue that has changes to look at, locked; null when none is due.</summary>
    public static async Task<ScnDelivery?> ClaimAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ClaimSql, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var triggers = new ScnTriggers(
            reader.IsDBNull(3) ? null : reader.GetBoolean(3),
            reader.GetFieldValue<string[]>(4), reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6), reader.GetFieldValue<string[]>(7));
        return new ScnDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), triggers,
            new ScnCursor(reader.GetInt64(8), (ScnTrigger)reader.GetInt32(9)), reader.GetInt32(10));
    }

    /// <summary>Locks the subscription again if it is still where this dispatcher left it and no one else holds it.</summary>
    public static async Task<bool> RelockAsync(NpgsqlConnection connection, long subscriptionId, ScnCursor cursor, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT 1 FROM smd.scn_deliveries
            WHERE subscription_id = @id AND delivered_seq = @seq AND delivered_trigger = @trigger
            FOR UPDATE SKIP LOCKED
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long>("id", subscriptionId));
        command.Parameters.Add(new NpgsqlParameter<long>("seq", cursor.Sequence));
        command.Parameters.Add(new NpgsqlParameter<int>("trigger", (int)cursor.Trigger));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Records the claimed subscription's new cursor and retry state.</summary>
    public static async Task SaveAsync(
        NpgsqlConnection connection, long subscriptionId, ScnCursor cursor, int attempts, DateTimeOffset nextAttemptAt, string? lastError, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE smd.scn_deliveries
            SET delivered_seq = @seq, delivered_trigger = @trigger, attempts = @attempts, next_attempt_at = @next, last_error = @error
            WHERE subscription_id = @id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long>("id", subscriptionId));
        command.Parameters.Add(new NpgsqlParameter<long>("seq", cursor.Sequence));
        command.Parameters.Add(new NpgsqlParameter<int>("trigger", (int)cursor.Trigger));
        command.Parameters.Add(new NpgsqlParameter<int>("attempts", attempts));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("next", nextAttemptAt));
        command.Parameters.Add(new NpgsqlParameter("error", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)lastError ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many changes the subscriber furthest behind has still to be looked at for (0 without subscribers).</summary>
    public static async Task<long> BacklogAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT coalesce(max(f.last_seq - d.delivered_seq), 0) FROM smd.scn_deliveries d CROSS JOIN smd.change_feed f");
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private const string ClaimSql = """
        SELECT s.id, s.subscriber, s.url, s.enabled, s.roles, s.sub_roles, s.software_status, s.states,
               d.delivered_seq, d.delivered_trigger, d.attempts
        FROM smd.scn_deliveries d
        JOIN smd.scn_subscriptions s ON s.id = d.subscription_id
        WHERE d.next_attempt_at <= @now
          AND (d.delivered_seq, d.delivered_trigger) < (coalesce((SELECT last_seq FROM smd.change_feed), 0), 3)
        ORDER BY d.next_attempt_at, d.subscription_id
        LIMIT 1
        FOR UPDATE OF d SKIP LOCKED
        """;
}
