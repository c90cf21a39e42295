using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Groups;

using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Components;

/// <summary>Reads components. Results are ordered by xname, so repeated reads are stable.</summary>
internal sealed class ComponentQueryService(SmdDbContext db)
{
    public Task<List<Component>> ListAsync(ComponentFilter filter, CancellationToken cancellationToken) =>
        Filtered(db.Components, filter).ToListAsync(cancellationToken);

    public Task<Component?> FindAsync(Xname xname, CancellationToken cancellationToken) =>
        db.Components.Where(c => c.Id == xname.Value).Select(FieldSelector.All).FirstOrDefaultAsync(cancellationToken);

    /// <summary>NIDs are not unique in SMD; the first component by xname wins, as in the anchors.</summary>
    public Task<Component?> FindByNidAsync(long nid, CancellationToken cancellationToken) =>
        db.Components.Where(c => c.Nid == nid).OrderBy(c => c.Id).Select(FieldSelector.All).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// <c>GET /Query/{xname}</c>: the component and everything under it; <c>s0</c>/<c>all</c> is the whole system
    /// and a partition name its members. The filter (e.g. <c>type=</c>) narrows the result.
    /// </summary>
    public Task<List<Component>> ListUnderAsync(Xname target, ComponentFilter filter, CancellationToken cancellationToken)
    {
        var components = target.Type switch
        {
            XnameType.System => db.Components,
            XnameType.Partition => db.Components.Where(c => db.GroupMembers.Any(m =>
                m.ComponentId == c.Id && m.Group.Namespace == ComponentGroupEntity.PartitionNamespace && m.Group.Name == target.Value)),
            _ => db.Components.Where(SelfOrDescendant(target.Value)),
        };
        return Filtered(components, filter).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// <c>POST /Query</c>: exactly the listed components, or, when the filter names types, the listed components and
    /// everything under them of those types (power control relies on both readings, e.g. <c>["s0"]</c> with types).
    /// </summary>
    public Task<List<Component>> ListByIdsAsync(IReadOnlyList<Xname> ids, ComponentFilter filter, CancellationToken cancellationToken)
    {
        IQueryable<ComponentEntity> components;
        if (ids.Any(id => id.Type == XnameType.System))
        {
            components = db.Components;
        }
        else if (filter.Types.Include.Count > 0)
        {
            components = db.Components.Where(PredicateBuilder.AnyOf(ids.Select(id => SelfOrDescendant(id.Value))));
        }
        else
        {
            var values = ids.Select(id => id.Value).ToArray();
            components = db.Components.Where(c => values.Contains(c.Id));
        }

        return Filtered(components, filter).ToListAsync(cancellationToken);
    }

    private IQueryable<Component> Filtered(IQueryable<ComponentEntity> components, ComponentFilter filter) =>
        components.Matching(filter, db.GroupMembers).OrderBy(c => c.Id).Select(filter.Selector);

    /// <summary>
    /// <c>x1c0s1</c> itself and IDs that continue it with a new segment (<c>x1c0s1b0…</c>), but not
    /// <c>x1c0s10</c>. The prefix test lets PostgreSQL use the primary key (byte-wise collation).
    /// </summary>
    private static Expression<Func<ComponentEntity, bool>> SelfOrDescendant(string id)
    {
        var pattern = "^" + Regex.Escape(id) + "[a-z]";
        return c => c.Id == id || (c.Id.StartsWith(id) && Regex.IsMatch(c.Id, pattern));
    }
}
