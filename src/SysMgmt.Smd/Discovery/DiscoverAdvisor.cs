using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Answers <c>POST /Inventory/Discover</c>. SMD never walks Redfish itself, so it cannot start a discovery: after
/// the anchors' checks (every named endpoint exists, there is at least one), it answers 501 with the agent command
/// that discovers those endpoints.
/// </summary>
internal sealed class DiscoverAdvisor(SmdDbContext db)
{
    private const int ListedBmcs = 10;

    private const string Preamble =
        "SMD does not discover: the discovery agent walks the BMCs and POSTs what it finds to /hsm/v2/Inventory/RedfishEndpoints. ";

    private const string Epilogue =
        " on a host that reaches the BMCs; GET /hsm/v2/Inventory/DiscoveryStatus shows when it last reported.";

    public async Task<Problem> AdviseAsync(IReadOnlyList<Xname> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return await db.RedfishEndpoints.AnyAsync(cancellationToken)
                ? NotImplemented("Run `sysmgmt discover collect --send` (every BMC its last scan found; `sysmgmt discover scan --subnet …` first)")
                : Problem.NotFound("RedfishEndpoints collection is empty");
        }

        var wanted = ids.Select(id => id.Value).Distinct().ToArray();
        var found = await db.RedfishEndpoints.Where(e => wanted.Contains(e.Id))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Fqdn }).ToListAsync(cancellationToken);
        if (wanted.Except(found.Select(e => e.Id)).FirstOrDefault() is { } missing)
        {
            return Problem.NotFound("No such RedfishEndpoint: " + missing);
        }

        var bmcs = string.Join(' ', found.Take(ListedBmcs).Select(e => e.Fqdn));
        var more = found.Count > ListedBmcs ? $" (and the {found.Count - ListedBmcs} other BMCs named)" : "";
        return NotImplemented($"Run `sysmgmt discover collect {bmcs} --send`{more}");
    }

    private static Problem NotImplemented(string command) => new(StatusCodes.Status501NotImplemented, Preamble + command + Epilogue);
}
