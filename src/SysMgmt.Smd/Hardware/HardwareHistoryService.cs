using SysMgmt.Core.Time;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Hardware;

/// <summary>Reads hardware history, oldest first, grouped by location or by FRU in order of first appearance.</summary>
internal sealed class HardwareHistoryService(SmdDbContext db)
{
    public async Task<HardwareHistoryCollection> ListAsync(HistoryFilter filter, bool byFru, CancellationToken cancellationToken)
    {
        var entries = await LoadAsync(filter, cancellationToken);
        var groups = entries.GroupBy(e => byFru ? e.FRUID : e.ID, StringComparer.Ordinal)
            .Select(g => new HardwareHistory(g.Key, [.. g]));
        return new HardwareHistoryCollection([.. groups]);
    }

    public async Task<HardwareHistory> ForAsync(string id, HistoryFilter filter, CancellationToken cancellationToken) =>
        new(id, await LoadAsync(filter, cancellationToken));

    private async Task<List<HardwareHistoryEntry>> LoadAsync(HistoryFilter filter, CancellationToken cancellationToken)
    {
        var history = db.HardwareHistory.AsQueryable();
        if (filter.Ids.Count > 0)
        {
            history = history.Where(h => filter.Ids.Contains(h.Id));
        }

        if (filter.FruIds.Count > 0)
        {
            history = history.Where(h => filter.FruIds.Contains(h.FruId));
        }

        if (filter.EventTypes.Count > 0)
        {
            history = history.Where(h => filter.EventTypes.Contains(h.EventType));
        }

        if (filter.Start is { } start)
        {
            history = history.Where(h => h.Timestamp > start);
        }

        if (filter.End is { } end)
        {
            history = history.Where(h => h.Timestamp < end);
        }

        var rows = await history.OrderBy(h => h.Timestamp).ThenBy(h => h.Seq).AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(h => new HardwareHistoryEntry(h.Id, h.FruId, Rfc3339.FormatCompact(h.Timestamp), h.EventType))];
    }
}
