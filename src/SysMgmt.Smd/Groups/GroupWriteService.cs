using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// Every change to groups, partitions and their members: one method per kind of change, each one transaction that
/// stores all of it or nothing. Conflicts are decided by PostgreSQL's constraints and row locks, never by reading
/// first and writing after.
/// </summary>
internal sealed partial class GroupWriteService(SmdDbContext db, ILogger<GroupWriteService> logger)
{
    private const string InsertGroupSql =
        """
        INSERT INTO smd.component_groups (namespace, name, description, tags, exclusive_group)
        VALUES (@namespace, @name, @description, @tags, @exclusive_group)
        ON CONFLICT (namespace, name) DO NOTHING
        RETURNING id AS "Value"
        """;

    // FOR SHARE lets member changes of one group run side by side while the group cannot be deleted under them;
    // FOR UPDATE makes a whole-list replacement wait for them and vice versa.
    private const string LockSharedSql = "SELECT * FROM smd.component_groups WHERE namespace = @namespace AND name = @name FOR SHARE";
    private const string LockExclusiveSql = "SELECT * FROM smd.component_groups WHERE namespace = @namespace AND name = @name FOR UPDATE";

    private const string RemoveOthersSql =
        """
        DELETE FROM smd.component_group_members WHERE group_id = @group_id AND NOT (component_id = ANY(@ids))
        RETURNING component_id AS "Value"
        """;

    /// <summary>Creates a group or partition with its members; 409 when the name is taken or a member is held elsewhere.</summary>
    public Task<Outcome<string>> CreateAsync(NewGroup group, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            var ids = await db.Database.SqlQueryRaw<Guid>(InsertGroupSql,
                [
                    new NpgsqlParameter("namespace", group.Kind.Namespace),
                    new NpgsqlParameter("name", group.Name),
                    new NpgsqlParameter("description", group.Description),
                    new NpgsqlParameter<string[]>("tags", [.. group.Tags]),
                    new NpgsqlParameter("exclusive_group", NpgsqlDbType.Text) { Value = (object?)group.ExclusiveGroup ?? DBNull.Value },
                ]).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return GroupProblems.Exists(group.Kind, group.Name);
            }

            var stored = new StoredGroup(ids[0], group.Kind, group.Name, group.ExclusiveGroup);
            if ((await GroupMemberRows.InsertAsync(db, stored, group.Members, existingAllowed: false, ct)).Problem is { } conflict)
            {
                return conflict;
            }

            LogCreated(logger, group.Kind.Noun, group.Name, group.Members.Count);
            return group.Name;
        }, cancellationToken);

    /// <summary>Changes the description and/or tags; members and the exclusive group stay as they are.</summary>
    public Task<Outcome<string>> UpdateAsync(GroupKind kind, string name, GroupPatch patch, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            var updated = await db.Groups.Where(g => g.Namespace == kind.Namespace && g.Name == name).ExecuteUpdateAsync(set =>
            {
                set.SetProperty(g => g.Description, g => patch.Description ?? g.Description);
                if (patch.Tags is { } tags)
                {
                    set.SetProperty(g => g.Tags, tags.ToArray());
                }
            }, ct);
            if (updated == 0)
            {
                return GroupProblems.NoSuch(kind, name);
            }

            LogUpdated(logger, kind.Noun, name);
            return name;
        }, cancellationToken);

    /// <summary>Deletes a group or partition; its members lose it (the components stay).</summary>
    public Task<Outcome<string>> DeleteAsync(GroupKind kind, string name, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            if (await db.Groups.Where(g => g.Namespace == kind.Namespace && g.Name == name).ExecuteDeleteAsync(ct) == 0)
            {
                return GroupProblems.NoSuch(kind, name);
            }

            LogDeleted(logger, kind.Noun, name);
            return name;
        }, cancellationToken);

    /// <summary>Adds one existing component; 409 when it is a member already or held by another partition or exclusive group.</summary>
    public Task<Outcome<string>> AddMemberAsync(GroupKind kind, string name, string member, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            if (await LockAsync(kind, name, LockSharedSql, ct) is not { } group)
            {
                return GroupProblems.NoSuch(kind, name);
            }

            if ((await GroupMemberRows.InsertAsync(db, group, [member], existingAllowed: false, ct)).Problem is { } conflict)
            {
                return conflict;
            }

            LogMembersChanged(logger, kind.Noun, name, 1, 0);
            return member;
        }, cancellationToken);

    /// <summary>Removes one member; 404 when the group or the membership does not exist.</summary>
    public Task<Outcome<string>> RemoveMemberAsync(GroupKind kind, string name, string member, CancellationToken cancellationToken) =>
        db.InTransactionAsync<string>(async ct =>
        {
            if (await LockAsync(kind, name, LockSharedSql, ct) is not { } group)
            {
                return GroupProblems.NoSuch(kind, name);
            }

            if (await db.GroupMembers.Where(m => m.GroupId == group.Id && m.ComponentId == member).ExecuteDeleteAsync(ct) == 0)
            {
                return GroupProblems.NoSuchMember(kind, name, member);
            }

            LogMembersChanged(logger, kind.Noun, name, 0, 1);
            return member;
        }, cancellationToken);

    /// <summary>
    /// OpenCHAMI's <c>PUT /groups/{label}/members</c>: the group's members become exactly <paramref name="members"/>.
    /// Members that stay keep their row; the group row is locked so that replacements of one group apply in turn.
    /// </summary>
    public Task<Outcome<MemberListChange>> SetMembersAsync(string label, IReadOnlyList<string> members, CancellationToken cancellationToken) =>
        db.InTransactionAsync<MemberListChange>(async ct =>
        {
            if (await LockAsync(GroupKind.Group, label, LockExclusiveSql, ct) is not { } group)
            {
                return GroupProblems.NoSuch(GroupKind.Group, label);
            }

            var removed = await db.Database.SqlQueryRaw<string>(RemoveOthersSql,
                new NpgsqlParameter("group_id", group.Id), new NpgsqlParameter<string[]>("ids", [.. members])).ToListAsync(ct);
            var added = await GroupMemberRows.InsertAsync(db, group, members, existingAllowed: true, ct);
            if (added.Problem is { } conflict)
            {
                return conflict;
            }

            LogMembersChanged(logger, GroupKind.Group.Noun, label, added.Value!.Count, removed.Count);
            return new MemberListChange(added.Value, removed);
        }, cancellationToken);

    private async Task<StoredGroup?> LockAsync(GroupKind kind, string name, string lockSql, CancellationToken cancellationToken)
    {
        var rows = await db.Groups.FromSqlRaw(lockSql, new NpgsqlParameter("namespace", kind.Namespace), new NpgsqlParameter("name", name))
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows is [var row] ? new StoredGroup(row.Id, kind, row.Name, row.ExclusiveGroup) : null;
    }
}
