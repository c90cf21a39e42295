using SysMgmt.Smd.Components;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Locks;

internal static class LockSelectionQueries
{
    /// <summary>The components <paramref name="selection"/> names, through the shared component filter plus its <c>Reserved</c> condition.</summary>
    public static IQueryable<ComponentEntity> Selected(this SmdDbContext db, LockSelection selection, DateTimeOffset now)
    {
        var components = db.Components.Matching(selection.Filter, db.GroupMembers);
        var held = db.Set<ReservationEntity>().HeldAt(now);
        var reserved = selection.Reserved;
        var mayBeReserved = (reserved.Include.Count == 0 || reserved.Include.Contains(true)) && !reserved.Exclude.Contains(true);
        var mayBeFree = (reserved.Include.Count == 0 || reserved.Include.Contains(false)) && !reserved.Exclude.Contains(false);
        return (mayBeReserved, mayBeFree) switch
        {
            (true, true) => components,
            (true, false) => components.Where(c => held.Any(r => r.ComponentId == c.Id)),
            (false, true) => components.Where(c => !held.Any(r => r.ComponentId == c.Id)),
            _ => components.Where(c => false),
        };
    }
}
