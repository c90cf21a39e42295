using Microsoft.EntityFrameworkCore;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Discovery is the agent's (<c>sysmgmt discover</c>), not SMD's: SMD records each inventory the agent POSTs in the
/// endpoint's <c>DiscoveryInfo</c>. The anchors' single DiscoveryStatus entry (ID 0) is derived from those records,
/// so it can never disagree with them.
/// </summary>
internal sealed class DiscoveryStatusService(SmdDbContext db)
{
    /// <summary>The one entry, as in the anchors, which only ever use ID 0.</summary>
    public const int OnlyId = 0;

    public const string Discoverer = "sysmgmt discover (the agent POSTs each BMC's inventory to /hsm/v2/Inventory/RedfishEndpoints)";

    public async Task<DiscoveryStatusEntry> GetAsync(CancellationToken cancellationToken)
    {
        var byStatus = await db.RedfishEndpoints
            .GroupBy(e => e.LastDiscoveryStatus)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var last = await db.RedfishEndpoints
            .Where(e => e.LastDiscoveryAttempt != null)
            .OrderByDescending(e => e.LastDiscoveryAttempt).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.LastDiscoveryAttempt })
            .FirstOrDefaultAsync(cancellationToken);

        var details = new DiscoveryStatusDetails(
            Discoverer,
            byStatus.Sum(s => s.Count),
            byStatus.OrderBy(s => s.Status, StringComparer.Ordinal).ToDictionary(s => s.Status, s => s.Count),
            last?.Id);
        return last is null
            ? new DiscoveryStatusEntry(OnlyId, DiscoveryStatusEntry.NotStarted, null, details)
            : new DiscoveryStatusEntry(OnlyId, DiscoveryStatusEntry.Complete, last.LastDiscoveryAttempt, details);
    }
}
