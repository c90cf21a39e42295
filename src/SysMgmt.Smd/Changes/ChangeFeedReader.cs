using System.Data;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Changes;

/// <summary>
/// Reads the change feed in sequence order. Plain Npgsql rather than EF: the entities are unpacked from the change
/// sets' arrays in SQL, and the SCN dispatcher reads inside its own transaction, which EF's retrying strategy would
/// replay (and so notify twice).
/// </summary>
internal sealed class ChangeFeedReader(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Up to <paramref name="limit"/> changes after <paramref name="since"/> (of one <paramref name="kind"/>, or all),
    /// or 410 when the reader fell behind the retention or is ahead of the feed. One snapshot for both.
    /// </summary>
    public async Task<Outcome<ChangePage>> ReadAsync(long since, int limit, string? kind, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var status = await StatusAsync(connection, cancellationToken);
        if (status.Gap(since) is { } gap)
        {
            return new Problem(StatusCodes.Status410Gone, gap);
        }

        var changes = limit == 0 ? [] : await ChangesAsync(connection, since, limit, kind, cancellationToken);
        return new ChangePage(status.Latest, changes);
    }

    /// <summary>The newest sequence number and the oldest kept, as the connection's transaction sees them.</summary>
    public static async Task<ChangeFeedStatus> StatusAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(StatusSql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var latest = reader.GetInt64(0);
        return new ChangeFeedStatus(latest, reader.IsDBNull(1) ? latest + 1 : reader.GetInt64(1));
    }

    /// <summary>Changes after <paramref name="since"/>, in order; the connection's transaction decides what is visible.</summary>
    public static async Task<List<Change>> ChangesAsync(
        NpgsqlConnection connection, long since, int limit, string? kind, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ChangesSql, connection);
        command.Parameters.Add(new NpgsqlParameter<long>("since", since));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        command.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)kind ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<Change>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new Change
            {
                Sequence = reader.GetInt64(0),
                Timestamp = reader.GetFieldValue<DateTimeOffset>(1),
                Kind = reader.GetString(2),
                Operation = reader.GetString(3),
                ID = reader.GetString(4),
                Fields = reader.IsDBNull(5) ? null : reader.GetString(5).Split(','),
                Data = reader.IsDBNull(6) ? null : JsonElement.Parse(reader.GetString(6)),
            });
        }

        return changes;
    }

    private const string StatusSql = """
        SELECT coalesce((SELECT last_seq FROM smd.change_feed), 0),
               (SELECT first_seq FROM smd.change_batches WHERE last_seq IS NOT NULL ORDER BY last_seq LIMIT 1)
        """;

    // candidate: the first sets after @since in order (never more than @limit: each holds one change at least);
    // needed: of those, the ones that hold the first @limit changes after @since (sets can hold thousands); then
    // the sets are unpacked (set-returning functions in one select list run in step, and keep a composite whole), and
    // only the page's entities are turned into JSON.
    private const string ChangesSql = """
        WITH candidate AS (
            SELECT b.first_seq + s.first_ordinal AS first, s.count, b.committed_at, s.kind, s.operation,
                   s.ids, s.fields, s.components, s.documents,
                   s.count - greatest(@since - (b.first_seq + s.first_ordinal) + 1, 0) AS after_since
            FROM smd.change_batches b
            JOIN smd.change_sets s ON s.batch_id = b.id
            WHERE b.last_seq > @since AND b.first_seq + s.first_ordinal + s.count - 1 > @since
              AND (@kind IS NULL OR s.kind = @kind)
            ORDER BY b.last_seq, s.first_ordinal
            LIMIT @limit),
        needed AS (
            SELECT c.*, sum(c.after_since) OVER (ORDER BY c.first) - c.after_since AS before
            FROM candidate c),
        page AS (
            SELECT n.first + u.i - 1 AS seq, n.committed_at, n.kind, n.operation, u.id, u.fields, u.component, u.document
            FROM needed n
            CROSS JOIN LATERAL (SELECT generate_series(1, n.count) AS i, unnest(n.ids) AS id, unnest(n.fields) AS fields,
                                       unnest(n.components) AS component, unnest(n.documents) AS document) u
            WHERE n.before < @limit AND n.first + u.i - 1 > @since
            ORDER BY 1
            LIMIT @limit)
        SELECT p.seq, p.committed_at, p.kind, p.operation, p.id, p.fields,
               coalesce(smd.component_change_json(p.component), p.document)::text
        FROM page p
        ORDER BY p.seq
        """;
}
