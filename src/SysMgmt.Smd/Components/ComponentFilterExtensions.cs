using System.Linq.Expressions;
using SysMgmt.Smd.Groups;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Components;

/// <summary>Translates a <see cref="ComponentFilter"/> into SQL through EF Core.</summary>
internal static class ComponentFilterExtensions
{
    public static IQueryable<ComponentEntity> Matching(this IQueryable<ComponentEntity> components, ComponentFilter filter, IQueryable<ComponentGroupMemberEntity> members) =>
        components
            .Matching(filter.Ids, c => c.Id)
            .Matching(filter.Types, c => c.Type)
            .Matching(filter.States, c => c.State)
            .Matching(filter.Flags, c => c.Flag)
            .Matching(filter.Roles, c => c.Role!)
            .Matching(filter.SubRoles, c => c.SubRole!)
            .Matching(filter.SoftwareStatuses, c => c.SoftwareStatus!.ToLower())
            .Matching(filter.Subtypes, c => c.Subtype!)
            .Matching(filter.Arches, c => c.Arch!)
            .Matching(filter.Classes, c => c.Class!)
            .Matching(filter.Enabled, c => c.Enabled)
            .Matching(filter.Locked, c => c.Locked)
            .Matching(filter.ReservationDisabled, c => c.ReservationDisabled)
            .Matching(filter.Nids)
            .MemberOf(filter.Groups, ComponentGroupEntity.GroupNamespace, members)
            .MemberOf(filter.Partitions, ComponentGroupEntity.PartitionNamespace, members);

    private static IQueryable<ComponentEntity> Matching(this IQueryable<ComponentEntity> components, NidCondition nids)
    {
        if (nids.IsEmpty)
        {
            return components;
        }

        if (nids.Ranges.Count > 0)
        {
            var anyRange = PredicateBuilder.AnyOf(nids.Ranges.Select(InRange));
            if (nids.Include.Count > 0)
            {
                anyRange = anyRange.Or(PredicateBuilder.In<ComponentEntity, long?>(c => c.Nid, [.. nids.Include.Select(n => (long?)n)], negate: false));
            }

            return components.Where(c => c.Nid != null).Where(anyRange);
        }

        if (nids.Include.Count > 0 || nids.IncludeMissing)
        {
            var included = PredicateBuilder.In<ComponentEntity, long?>(c => c.Nid, [.. nids.Include.Select(n => (long?)n)], negate: false);
            components = components.Where(nids.IncludeMissing ? included.Or(c => c.Nid == null) : included);
        }

        if (nids.Exclude.Count > 0)
        {
            components = components.Where(PredicateBuilder.In<ComponentEntity, long?>(c => c.Nid, [.. nids.Exclude.Select(n => (long?)n)], negate: true));
        }

        return nids.ExcludeMissing ? components.Where(c => c.Nid != null) : components;
    }

    private static Expression<Func<ComponentEntity, bool>> InRange(NidRange range) => (range.Start, range.End) switch
    {
        ({ } start, { } end) => c => c.Nid >= start && c.Nid <= end,
        ({ } start, null) => c => c.Nid >= start,
        (null, { } end) => c => c.Nid <= end,
        _ => c => true,
    };

    private static IQueryable<ComponentEntity> MemberOf(this IQueryable<ComponentEntity> components, MembershipCondition condition, string groupNamespace, IQueryable<ComponentGroupMemberEntity> members)
    {
        if (condition.InNone)
        {
            components = components.Where(c => !members.Any(m => m.ComponentId == c.Id && m.Group.Namespace == groupNamespace));
        }

        if (condition.Names.Count > 0)
        {
            var names = condition.Names.ToArray();
            components = components.Where(c => members.Any(m => m.ComponentId == c.Id && m.Group.Namespace == groupNamespace && names.Contains(m.Group.Name)));
        }

        if (condition.Excluded.Count > 0)
        {
            var excluded = condition.Excluded.ToArray();
            components = components.Where(c => !members.Any(m => m.ComponentId == c.Id && m.Group.Namespace == groupNamespace && excluded.Contains(m.Group.Name)));
        }

        return components;
    }
}
