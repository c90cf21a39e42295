using Microsoft.Extensions.Options;
using Npgsql;

namespace SysMgmt.Smd.Changes;

/// <summary>
/// Removes the changes older than <see cref="ChangeFeedOptions.Retention"/> and beyond
/// <see cref="ChangeFeedOptions.MaxRetainedChanges"/>, whole transactions at a time and oldest first, so what is
/// kept is always a contiguous run of sequence numbers up to the newest.
/// </summary>
internal sealed partial class ChangeRetention(NpgsqlDataSource dataSource, IOptions<ChangeFeedOptions> options, TimeProvider time, ILogger<ChangeRetention> logger)
{
    private const int BatchesPerStatement = 1000;

    /// <summary>Sweeps until nothing is due; returns how many changes were removed.</summary>
    public async Task<long> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var before = time.GetUtcNow() - settings.Retention;
        long removed = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(SweepSql);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("before", before));
            command.Parameters.Add(new NpgsqlParameter<long>("max_kept", settings.MaxRetainedChanges));
            command.Parameters.Add(new NpgsqlParameter<int>("chunk", BatchesPerStatement));
            var swept = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
            if (swept == 0)
            {
                break;
            }

            removed += swept;
        }

        if (removed > 0)
        {
            LogSwept(logger, removed);
        }

        return removed;
    }

    // The cutoff is the newest batch that is too old or too far behind; everything up to it goes, a chunk of
    // batches per statement (each statement is its own transaction).
    private const string SweepSql = """
        WITH cutoff AS (
            SELECT greatest(
                (SELECT max(last_seq) FROM smd.change_batches WHERE committed_at < @before),
                (SELECT max(b.last_seq) FROM smd.change_batches b
                 WHERE b.last_seq <= (SELECT f.last_seq FROM smd.change_feed f) - @max_kept)) AS seq),
        gone AS (
            DELETE FROM smd.change_batches b
            WHERE b.id IN (SELECT x.id FROM smd.change_batches x, cutoff
                           WHERE x.last_seq <= cutoff.seq ORDER BY x.last_seq LIMIT @chunk)
            RETURNING b.id),
        sets AS (
            DELETE FROM smd.change_sets s USING gone WHERE s.batch_id = gone.id RETURNING s.count)
        SELECT coalesce(sum(count), 0)::bigint FROM sets
        """;
}
