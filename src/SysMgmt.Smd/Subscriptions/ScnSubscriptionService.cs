using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// Stores SCN subscriptions. A new subscription is delivered the changes committed after it (its cursor starts at
/// the feed's newest sequence number); editing one keeps its place in the feed.
/// </summary>
internal sealed partial class ScnSubscriptionService(SmdDbContext db, ILogger<ScnSubscriptionService> logger)
{
    private const string SubscriberUrlKey = "scn_subscriptions_subscriber_url_key";

    public async Task<List<ScnSubscription>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await db.ScnSubscriptions.OrderBy(s => s.Id).ToListAsync(cancellationToken)).Select(ToContract)];

    public async Task<ScnSubscription?> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.ScnSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } found ? ToContract(found) : null;

    /// <summary>Creates the subscription, or updates the triggers of the one with the same Subscriber and Url (as the anchors do).</summary>
    public async Task<ScnSubscription> CreateAsync(ValidScnSubscription subscription, CancellationToken cancellationToken)
    {
        var outcome = await db.InTransactionAsync<long>(async ct =>
        {
            var id = await db.Database.SqlQueryRaw<long>(
                """
                INSERT INTO smd.scn_subscriptions AS s (subscriber, url, enabled, roles, sub_roles, software_status, states)
                VALUES (@subscriber, @url, @enabled, @roles, @sub_roles, @software_status, @states)
                ON CONFLICT (subscriber, url) DO UPDATE SET
                    enabled = EXCLUDED.enabled, roles = EXCLUDED.roles, sub_roles = EXCLUDED.sub_roles,
                    software_status = EXCLUDED.software_status, states = EXCLUDED.states
                RETURNING s.id AS "Value"
                """,
                [new NpgsqlParameter("subscriber", subscription.Subscriber), new NpgsqlParameter("url", subscription.Url), .. TriggerParameters(subscription.Triggers)])
                .ToListAsync(ct);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO smd.scn_deliveries (subscription_id, delivered_seq)
                VALUES (@id, coalesce((SELECT last_seq FROM smd.change_feed), 0))
                ON CONFLICT (subscription_id) DO NOTHING
                """,
                [new NpgsqlParameter<long>("id", id[0])], ct);
            return id[0];
        }, cancellationToken);
        LogSaved(logger, outcome.Value, subscription.Subscriber);
        return ToContract(outcome.Value, subscription);
    }

    /// <summary>Replaces the whole subscription; 404 when there is none, 409 when another has the same Subscriber and Url.</summary>
    public async Task<Outcome<long>> ReplaceAsync(long id, ValidScnSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            var triggers = subscription.Triggers;
            var updated = await db.ScnSubscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Subscriber, subscription.Subscriber)
                .SetProperty(s => s.Url, subscription.Url)
                .SetProperty(s => s.Enabled, triggers.Enabled)
                .SetProperty(s => s.Roles, triggers.Roles.ToArray())
                .SetProperty(s => s.SubRoles, triggers.SubRoles.ToArray())
                .SetProperty(s => s.SoftwareStatus, triggers.SoftwareStatus.ToArray())
                .SetProperty(s => s.States, triggers.States.ToArray()), cancellationToken);
            return updated == 0 ? NotFound() : id;
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: SubscriberUrlKey })
        {
            return Problem.Conflict($"another subscription already has Subscriber '{subscription.Subscriber}' and this Url");
        }
    }

    /// <summary>Adds, removes or replaces trigger values in one statement.</summary>
    public async Task<Outcome<long>> PatchAsync(long id, ValidScnPatch patch, CancellationToken cancellationToken)
    {
        var updated = await db.Database.ExecuteSqlRawAsync(
            patch.Operation switch
            {
                ScnPatchOperation.Add => AddSql,
                ScnPatchOperation.Remove => RemoveSql,
                _ => ReplaceSql,
            },
            [new NpgsqlParameter<long>("id", id), .. TriggerParameters(patch.Triggers)],
            cancellationToken);
        return updated == 0 ? NotFound() : id;
    }

    public Task<int> DeleteAsync(long id, CancellationToken cancellationToken) =>
        db.ScnSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => db.ScnSubscriptions.ExecuteDeleteAsync(cancellationToken);

    public static Problem NotFound() => Problem.NotFound("Subscription not found");

    private static NpgsqlParameter[] TriggerParameters(ScnTriggers triggers) =>
    [
        new("enabled", NpgsqlTypes.NpgsqlDbType.Boolean) { Value = (object?)triggers.Enabled ?? DBNull.Value },
        new NpgsqlParameter<string[]>("roles", [.. triggers.Roles]),
        new NpgsqlParameter<string[]>("sub_roles", [.. triggers.SubRoles]),
        new NpgsqlParameter<string[]>("software_status", [.. triggers.SoftwareStatus]),
        new NpgsqlParameter<string[]>("states", [.. triggers.States]),
    ];

    private static ScnSubscription ToContract(ScnSubscriptionEntity entity) =>
        ToContract(entity.Id, new ValidScnSubscription(entity.Subscriber, entity.Url,
            new ScnTriggers(entity.Enabled, entity.Roles, entity.SubRoles, entity.SoftwareStatus, entity.States)));

    private static ScnSubscription ToContract(long id, ValidScnSubscription subscription) => new()
    {
        ID = id,
        Subscriber = subscription.Subscriber,
        Enabled = subscription.Triggers.Enabled,
        Roles = NullIfEmpty(subscription.Triggers.Roles),
        SubRoles = NullIfEmpty(subscription.Triggers.SubRoles),
        SoftwareStatus = NullIfEmpty(subscription.Triggers.SoftwareStatus),
        States = NullIfEmpty(subscription.Triggers.States),
        Url = subscription.Url,
    };

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;

    // Added values go after the present ones, each once.
    private const string AddSql = """
        UPDATE smd.scn_subscriptions SET
            enabled = CASE WHEN @enabled THEN true ELSE enabled END,
            roles = roles || ARRAY(SELECT v FROM unnest(@roles::text[]) v WHERE v <> ALL (roles)),
            sub_roles = sub_roles || ARRAY(SELECT v FROM unnest(@sub_roles::text[]) v WHERE v <> ALL (sub_roles)),
            software_status = software_status || ARRAY(SELECT v FROM unnest(@software_status::text[]) v WHERE v <> ALL (software_status)),
            states = states || ARRAY(SELECT v FROM unnest(@states::text[]) v WHERE v <> ALL (states))
        WHERE id = @id
        """;

    private const string RemoveSql = """
        UPDATE smd.scn_subscriptions SET
            enabled = CASE WHEN @enabled THEN false ELSE enabled END,
            roles = ARRAY(SELECT v FROM unnest(roles) v WHERE v <> ALL (@roles::text[])),
            sub_roles = ARRAY(SELECT v FROM unnest(sub_roles) v WHERE v <> ALL (@sub_roles::text[])),
            software_status = ARRAY(SELECT v FROM unnest(software_status) v WHERE v <> ALL (@software_status::text[])),
            states = ARRAY(SELECT v FROM unnest(states) v WHERE v <> ALL (@states::text[]))
        WHERE id = @id
        """;

    // Lists the body gives (not empty) replace the stored ones; Enabled replaces when given.
    private const string ReplaceSql = """
        UPDATE smd.scn_subscriptions SET
            enabled = coalesce(@enabled, enabled),
            roles = CASE WHEN cardinality(@roles::text[]) > 0 THEN @roles ELSE roles END,
            sub_roles = CASE WHEN cardinality(@sub_roles::text[]) > 0 THEN @sub_roles ELSE sub_roles END,
            software_status = CASE WHEN cardinality(@software_status::text[]) > 0 THEN @software_status ELSE software_status END,
            states = CASE WHEN cardinality(@states::text[]) > 0 THEN @states ELSE states END
        WHERE id = @id
        """;
}
