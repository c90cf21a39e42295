using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Groups;

/// <summary>Reads groups, partitions and memberships. Lists are ordered by name, members and memberships by xname.</summary>
internal sealed class GroupQueryService(SmdDbContext db)
{
    public async Task<Outcome<List<Group>>> ListGroupsAsync(GroupListFilter filter, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(GroupKind.Group, filter, cancellationToken);
        return read.Problem is { } problem ? problem : read.Value!.Select(ToGroup).ToList();
    }

    public async Task<Outcome<Group>> FindGroupAsync(string label, MemberPartition partition, CancellationToken cancellationToken)
    {
        var read = await FindAsync(GroupKind.Group, label, partition, cancellationToken);
        return read.Problem is { } problem ? problem : ToGroup(read.Value!);
    }

    public async Task<List<Partition>> ListPartitionsAsync(GroupListFilter filter, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(GroupKind.Partition, filter, cancellationToken)).Value!.Select(ToPartition)];

    public async Task<Outcome<Partition>> FindPartitionAsync(string name, CancellationToken cancellationToken)
    {
        var read = await FindAsync(GroupKind.Partition, name, MemberPartition.Any, cancellationToken);
        return read.Problem is { } problem ? problem : ToPartition(read.Value!);
    }

    /// <summary>The labels of all groups, or the names of all partitions.</summary>
    public Task<List<string>> NamesAsync(GroupKind kind, CancellationToken cancellationToken) =>
        db.Groups.Where(g => g.Namespace == kind.Namespace).OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(cancellationToken);

    /// <summary>Every component the filter selects, with its groups and partition (none are <c>[]</c> and <c>""</c>).</summary>
    public async Task<List<Membership>> MembershipsAsync(ComponentFilter filter, CancellationToken cancellationToken)
    {
        var rows = await db.Components.Matching(filter, db.GroupMembers)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                Sets = db.GroupMembers.Where(m => m.ComponentId == c.Id).Select(m => new { m.Group.Namespace, m.Group.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new Membership
        {
            Id = row.Id,
            GroupLabels = [.. row.Sets.Where(s => s.Namespace == GroupKind.Group.Namespace).Select(s => s.Name).Order(StringComparer.Ordinal)],
            PartitionName = row.Sets.FirstOrDefault(s => s.Namespace == GroupKind.Partition.Namespace)?.Name ?? "",
        })];
    }

    public async Task<Membership?> FindMembershipAsync(string xname, CancellationToken cancellationToken) =>
        (await MembershipsAsync(ComponentFilter.Everything with { Ids = new ValueCondition<string>([xname], []) }, cancellationToken))
            .FirstOrDefault();

    private async Task<Outcome<(ComponentGroupEntity Group, List<string> Members)>> FindAsync(
        GroupKind kind, string name, MemberPartition partition, CancellationToken cancellationToken)
    {
        if (!await db.Groups.AnyAsync(g => g.Namespace == kind.Namespace && g.Name == name, cancellationToken))
        {
            return GroupProblems.NoSuch(kind, name);
        }

        var read = await ReadAsync(kind, new GroupListFilter([name], [], partition), cancellationToken);
        return read.Problem is { } problem ? problem : read.Value!.Single();
    }

    private async Task<Outcome<List<(ComponentGroupEntity Group, List<string> Members)>>> ReadAsync(
        GroupKind kind, GroupListFilter filter, CancellationToken cancellationToken)
    {
        var partitionNamespace = GroupKind.Partition.Namespace;
        if (filter.Partition.Name is { } partition
            && !await db.Groups.AnyAsync(g => g.Namespace == partitionNamespace && g.Name == partition, cancellationToken))
        {
            return GroupProblems.NoSuchPartitionInQuery(partition);
        }

        var groups = db.Groups.Where(g => g.Namespace == kind.Namespace);
        if (filter.Names.Count > 0)
        {
            var names = filter.Names.ToArray();
            groups = groups.Where(g => names.Contains(g.Name));
        }

        if (filter.Tags.Count > 0)
        {
            var tags = filter.Tags.ToArray();
            groups = groups.Where(g => g.Tags.Any(t => tags.Contains(t)));
        }

        var found = await groups.OrderBy(g => g.Name).AsNoTracking().ToListAsync(cancellationToken);
        var ids = found.Select(g => g.Id).ToArray();
        var members = db.GroupMembers.Where(m => ids.Contains(m.GroupId));
        if (filter.Partition.Name is { } inPartition)
        {
            members = members.Where(m => db.GroupMembers.Any(p =>
                p.ComponentId == m.ComponentId && p.Group.Namespace == partitionNamespace && p.Group.Name == inPartition));
        }
        else if (filter.Partition.InNone)
        {
            members = members.Where(m => !db.GroupMembers.Any(p => p.ComponentId == m.ComponentId && p.Group.Namespace == partitionNamespace));
        }

        var rows = await members.OrderBy(m => m.ComponentId).Select(m => new { m.GroupId, m.ComponentId }).ToListAsync(cancellationToken);
        var byGroup = rows.ToLookup(r => r.GroupId, r => r.ComponentId);
        return found.Select(g => (g, byGroup[g.Id].ToList())).ToList();
    }

    private static Group ToGroup((ComponentGroupEntity Group, List<string> Members) read) => new()
    {
        Label = read.Group.Name,
        Description = read.Group.Description,
        ExclusiveGroup = read.Group.ExclusiveGroup,
        Tags = read.Group.Tags.Length == 0 ? null : read.Group.Tags,
        Members = new Members { Ids = read.Members },
    };

    private static Partition ToPartition((ComponentGroupEntity Group, List<string> Members) read) => new()
    {
        Name = read.Group.Name,
        Description = read.Group.Description.Length == 0 ? null : read.Group.Description,
        Tags = read.Group.Tags.Length == 0 ? null : read.Group.Tags,
        Members = new Members { Ids = read.Members },
    };
}
