using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Groups;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Hardware;

/// <summary>Reads hardware inventory by location and by FRU. Lists are ordered by ID, so repeated reads are stable.</summary>
internal sealed class HardwareQueryService(SmdDbContext db)
{
    /// <summary><c>GET /Inventory/Hardware</c>: a flat list, nothing nested.</summary>
    public async Task<List<HardwareLocation>> ListLocationsAsync(HardwareFilter filter, CancellationToken cancellationToken)
    {
        var locations = Matching(db.HardwareLocations, filter);
        if (filter.Manufacturers.Count > 0 || filter.PartNumbers.Count > 0 || filter.SerialNumbers.Count > 0)
        {
            var frus = Matching(db.HardwareFrus, filter with { FruIds = [], Types = [] });
            locations = locations.Where(l => frus.Any(f => f.FruId == l.FruId));
        }

        return await LoadAsync(locations, cancellationToken);
    }

    /// <summary>One location with its FRU; a node lists its parts and a PDU its outlets, as in NestNodesOnly.</summary>
    public async Task<HardwareLocation?> FindLocationAsync(Xname id, CancellationToken cancellationToken)
    {
        var nestsChildren = HardwareKinds.TryGet(id.Type, out _) && id.Type is XnameType.Node or XnameType.CabinetPDU;
        var rows = nestsChildren
            ? db.HardwareLocations.Where(SelfOrDescendant(id.Value))
            : db.HardwareLocations.Where(l => l.Id == id.Value);
        var arrays = HardwareArrangement.Arrange(await LoadAsync(rows, cancellationToken), nested: true);
        return arrays.SelectMany(a => a.Locations).FirstOrDefault(l => l.ID == id.Value);
    }

    /// <summary><c>GET /Inventory/Hardware/Query/{xname}</c>; <paramref name="target"/> is a component, <c>s0</c> or a partition.</summary>
    public async Task<SystemHardwareInventory> QueryAsync(Xname target, HardwareQuery query, CancellationToken cancellationToken)
    {
        var partitions = target.Type == XnameType.Partition ? [.. query.Partitions, target.Value] : query.Partitions;
        var candidates = InPartitions(db.HardwareLocations, partitions);
        if (target.Type is not (XnameType.System or XnameType.Partition))
        {
            var ancestors = Ancestors(target).ToArray();
            candidates = candidates.Where(SelfOrDescendant(target.Value).Or(l => ancestors.Contains(l.Id)));
        }

        var found = await candidates.Select(l => new { l.Id, l.Type }).ToListAsync(cancellationToken);
        var selected = HardwareSelection.Select(found.Select(c => (c.Id, c.Type)), target, query).ToArray();
        var locations = await LoadAsync(db.HardwareLocations.Where(l => selected.Contains(l.Id)), cancellationToken);
        return new SystemHardwareInventory(target.Value, query.Format, HardwareArrangement.Arrange(locations, query.Nested));
    }

    public async Task<List<HardwareFru>> ListFrusAsync(HardwareFilter filter, CancellationToken cancellationToken) =>
        [.. (await Matching(db.HardwareFrus, filter).OrderBy(f => f.FruId).ToListAsync(cancellationToken)).Select(HardwareProjections.ToContract)];

    public async Task<HardwareFru?> FindFruAsync(string fruId, CancellationToken cancellationToken) =>
        await db.HardwareFrus.FirstOrDefaultAsync(f => f.FruId == fruId, cancellationToken) is { } row ? HardwareProjections.ToContract(row) : null;

    private static async Task<List<HardwareLocation>> LoadAsync(IQueryable<HardwareLocationEntity> locations, CancellationToken cancellationToken) =>
        [.. (await locations.Include(l => l.Fru).OrderBy(l => l.Id).AsNoTracking().ToListAsync(cancellationToken)).Select(HardwareProjections.ToContract)];

    private IQueryable<HardwareLocationEntity> Matching(IQueryable<HardwareLocationEntity> locations, HardwareFilter filter)
    {
        if (filter.Ids.Count > 0)
        {
            locations = locations.Where(l => filter.Ids.Contains(l.Id));
        }

        if (filter.Types.Count > 0)
        {
            locations = locations.Where(l => filter.Types.Contains(l.Type));
        }

        if (filter.FruIds.Count > 0)
        {
            locations = locations.Where(l => l.FruId != null && filter.FruIds.Contains(l.FruId));
        }

        return InPartitions(locations, filter.Partitions);
    }

    private static IQueryable<HardwareFruEntity> Matching(IQueryable<HardwareFruEntity> frus, HardwareFilter filter)
    {
        if (filter.FruIds.Count > 0)
        {
            frus = frus.Where(f => filter.FruIds.Contains(f.FruId));
        }

        if (filter.Types.Count > 0)
        {
            frus = frus.Where(f => filter.Types.Contains(f.Type));
        }

        if (filter.Manufacturers.Count > 0)
        {
            var patterns = filter.Manufacturers.Select(m => "%" + EscapeLike(m) + "%").ToArray();
            frus = frus.Where(f => patterns.Any(p => EF.Functions.ILike(f.Manufacturer, p)));
        }

        if (filter.PartNumbers.Count > 0)
        {
            frus = frus.Where(f => filter.PartNumbers.Contains(f.PartNumber));
        }

        if (filter.SerialNumbers.Count > 0)
        {
            frus = frus.Where(f => filter.SerialNumbers.Contains(f.SerialNumber));
        }

        return frus;
    }

    /// <summary>Locations whose node (or the location itself) is a member of any of the partitions.</summary>
    private IQueryable<HardwareLocationEntity> InPartitions(IQueryable<HardwareLocationEntity> locations, IReadOnlyList<string> partitions) =>
        partitions.Count == 0
            ? locations
            : locations.Where(l => db.GroupMembers.Any(m => m.ComponentId == l.ParentNode
                && m.Group.Namespace == ComponentGroupEntity.PartitionNamespace && partitions.Contains(m.Group.Name)));

    private static IEnumerable<string> Ancestors(Xname id)
    {
        for (var parent = id.Parent; parent is { } p; parent = p.Parent)
        {
            yield return p.Value;
        }
    }

    /// <summary>
    /// <c>x1c0s1</c> itself and IDs that continue it with a new segment (<c>x1c0s1b0…</c>), but not <c>x1c0s10</c>;
    /// the prefix test lets PostgreSQL use the primary key.
    /// </summary>
    private static Expression<Func<HardwareLocationEntity, bool>> SelfOrDescendant(string id)
    {
        var pattern = "^" + Regex.Escape(id) + "[a-z]";
        return l => l.Id == id || (l.Id.StartsWith(id) && Regex.IsMatch(l.Id, pattern));
    }

    private static string EscapeLike(string value) => value.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
