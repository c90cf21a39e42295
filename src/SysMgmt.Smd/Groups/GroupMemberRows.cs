using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// Adds members to a group or partition inside the caller's transaction. PostgreSQL decides every conflict: the
/// primary key (a component once per group) and the <c>exclusivity_key</c> constraint (once per partition set or
/// exclusive group), so two concurrent requests cannot both put a component in two partitions. What is read
/// afterwards only explains a refusal.
/// </summary>
internal static class GroupMemberRows
{
    private const string LockComponentsSql =
        """SELECT id AS "Value" FROM smd.components WHERE id = ANY(@ids) ORDER BY id FOR KEY SHARE""";

    private const string InsertSql =
        """
        INSERT INTO smd.component_group_members (component_id, group_id, exclusivity_key)
        SELECT id, @group_id, @exclusivity_key FROM unnest(@ids) AS u(id)
        ON CONFLICT DO NOTHING
        RETURNING component_id AS "Value"
        """;

    /// <summary>
    /// Inserts <paramref name="ids"/> and returns those that joined. Components that do not exist are a 400 (as in the
    /// anchors); a component held elsewhere in the same exclusivity set is a 409; one already in this group is a 409
    /// unless <paramref name="existingAllowed"/>. The caller's transaction rolls back on any problem.
    /// </summary>
    public static async Task<Outcome<List<string>>> InsertAsync(
        SmdDbContext db, StoredGroup group, IReadOnlyList<string> ids, bool existingAllowed, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new List<string>();
        }

        // Key-share locks keep the components from being deleted until we commit, so the foreign key cannot fail later.
        var found = await db.Database.SqlQueryRaw<string>(LockComponentsSql, new NpgsqlParameter<string[]>("ids", [.. ids]))
            .ToListAsync(cancellationToken);
        if (found.Count < ids.Count)
        {
            return GroupProblems.NoSuchComponents([.. ids.Except(found, StringComparer.Ordinal)]);
        }

        var added = await db.Database.SqlQueryRaw<string>(InsertSql,
                UnnestParameters.For(ids).Column("ids", id => id).Value("group_id", group.Id).Value("exclusivity_key", group.ExclusivityKey).ToArray())
            .ToListAsync(cancellationToken);
        if (added.Count == ids.Count)
        {
            return added;
        }

        if (await ExplainAsync(db, group, [.. ids.Except(added, StringComparer.Ordinal)], existingAllowed, cancellationToken) is { } problem)
        {
            return problem;
        }

        return added;
    }

    /// <summary>Why some rows were not inserted; null when every one of them is already in this group and that is allowed.</summary>
    private static async Task<Problem?> ExplainAsync(
        SmdDbContext db, StoredGroup group, string[] skipped, bool existingAllowed, CancellationToken cancellationToken)
    {
        var key = group.ExclusivityKey;
        var holders = await db.GroupMembers
            .Where(m => skipped.Contains(m.ComponentId) && (m.GroupId == group.Id || m.ExclusivityKey == key))
            .OrderBy(m => m.ComponentId)
            .Select(m => new { m.ComponentId, m.GroupId, m.Group.Name })
            .ToListAsync(cancellationToken);
        var elsewhere = holders.Where(h => h.GroupId != group.Id).Select(h => (h.ComponentId, h.Name)).ToList();
        if (elsewhere.Count > 0)
        {
            return GroupProblems.Exclusive(group.Kind, group.ExclusiveGroup, elsewhere);
        }

        var here = holders.Where(h => h.GroupId == group.Id).Select(h => h.ComponentId).ToList();
        if (here.Count < skipped.Length)
        {
            // The row that blocked ours was removed again before we looked; the client may simply retry.
            return Problem.Conflict("the group's members changed while they were being written; retry the request");
        }

        return existingAllowed ? null : GroupProblems.AlreadyMember(group.Kind, group.Name, here);
    }
}
