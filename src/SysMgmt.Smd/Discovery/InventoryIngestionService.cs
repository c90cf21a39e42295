using SysMgmt.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// Records what a discovery agent found behind one endpoint: the BMC, its nodes and chassis (or a PDU and its
/// outlets) as components, their component endpoints, their Ethernet interfaces, and the endpoint's Redfish
/// services. Runs inside the caller's transaction, in a few set-based statements, serialised per endpoint so
/// concurrent ingestions of the same BMC cannot interleave. Existing components keep their NID, Role, Flag and Enabled; only a state that power
/// contradicts is corrected.
/// </summary>
internal sealed partial class InventoryIngestionService(
    SmdDbContext db,
    ComponentWriteService components,
    DiscoveredInterfaceWriter interfaces,
    DiscoveredServiceWriter services,
    TimeProvider time,
    ILogger<InventoryIngestionService> logger)
{
    /// <summary>The Redfish type of the component endpoints that are nodes; their paths are the Systems seen before.</summary>
    private const string SystemRedfishType = "ComputerSystem";

    /// <summary>The Redfish type of the component endpoints that are chassis, kept when a body does not list chassis.</summary>
    private const string ChassisRedfishType = "Chassis";

    /// <summary>Ingests inside the caller's transaction, which holds the endpoint's lock (<see cref="LockAsync"/>).</summary>
    public async Task<Outcome<int>> IngestAsync(ValidRedfishEndpoint endpoint, DiscoveredInventory inventory, bool reassignMacs, CancellationToken cancellationToken)
    {
        var owner = endpoint.Id;
        if (Check(owner, inventory) is { } invalid)
        {
            return invalid;
        }

        var known = await db.ComponentEndpoints.Where(ce => ce.RedfishEndpointId == owner.Value && ce.RedfishType == SystemRedfishType)
            .ToDictionaryAsync(ce => ce.OdataId, ce => ce.Id, cancellationToken);
        var planned = IngestionPlan.Build(endpoint, inventory, known);
        if (planned.Problem is { } badPlan)
        {
            return badPlan;
        }

        var plan = planned.Value!;

        await components.UpsertAsync(plan.NewComponents, force: false, cancellationToken);
        await CorrectStatesAsync(plan, cancellationToken);
        await ReplaceComponentEndpointsAsync(owner, plan.Endpoints, plan.ReplacesChassis, cancellationToken);
        if (await interfaces.WriteAsync(plan.Interfaces, reassignMacs, cancellationToken) is { } clash)
        {
            return clash;
        }

        if (plan.Services is { } found)
        {
            await services.ReplaceAsync(owner, found, cancellationToken);
        }

        await db.RedfishEndpoints.Where(e => e.Id == owner.Value).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.LastDiscoveryAttempt, time.GetUtcNow())
            .SetProperty(e => e.LastDiscoveryStatus, DiscoveryStatuses.DiscoverOK)
            .SetProperty(e => e.RedfishVersion, e => inventory.RedfishVersion.Length > 0 ? inventory.RedfishVersion : e.RedfishVersion), cancellationToken);
        LogIngested(logger, owner.Value, plan.NewComponents.Count, plan.Endpoints.Count, plan.Interfaces.Count, plan.Services?.Count);
        return plan.Endpoints.Count;
    }

    /// <summary>
    /// Serialises writers of the same endpoints until the transaction ends, so a second ingestion of a BMC waits for
    /// the first and then sees what it stored. Locks are taken in ID order: writers of overlapping sets cannot
    /// deadlock. A session may take a lock it already holds.
    /// </summary>
    public Task LockAsync(IEnumerable<string> endpointIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "SELECT pg_advisory_xact_lock(hashtextextended('smd.ingest:' || id, 0)) FROM unnest(@ids) WITH ORDINALITY AS u(id, n) ORDER BY n",
            UnnestParameters.For(endpointIds.Distinct().Order(StringComparer.Ordinal)).Column("ids", id => id).ToArray(), cancellationToken);

    private static Problem? Check(Xname owner, DiscoveredInventory inventory) =>
        (inventory.Systems.Count > 0 && owner.Type != XnameType.NodeBMC)
            ? Problem.BadRequest($"{owner.Value} is a {XnameTypes.Name(owner.Type)}: only the Systems of a NodeBMC can be recorded as its nodes")
        : (inventory.Outlets.Count > 0 && owner.Type != XnameType.CabinetPDUController)
            ? Problem.BadRequest($"{owner.Value} is a {XnameTypes.Name(owner.Type)}: PDU outlets need a CabinetPDUController xname")
        : inventory.Outlets.FirstOrDefault(o => !Xname.TryParse(owner.Value + o.IdSuffix, out var outlet, out _) || outlet.Type != XnameType.CabinetPDUPowerConnector) is { } bad
            ? Problem.BadRequest($"outlet id_suffix '{bad.IdSuffix}' does not make a CabinetPDUPowerConnector xname under {owner.Value}")
        : null;

    /// <summary>
    /// A BMC that sent its inventory is Ready. A node whose power is off is Off; one that is powered on but recorded
    /// as Off (or not yet known) is On; a node already Ready or Standby stays so. Outlets follow their power state.
    /// </summary>
    private async Task CorrectStatesAsync(IngestionPlan plan, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE smd.components c SET state = u.state
            FROM unnest(@ids, @states) AS u(id, state)
            WHERE c.id = u.id AND c.state <> u.state
            """,
            UnnestParameters.For(plan.ForcedStates).Column("ids", s => s.Key).Column("states", s => s.Value).ToArray(),
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE smd.components SET state = 'On' WHERE id = ANY(@ids) AND state IN ('Off', 'Empty', 'Populated', 'Unknown')",
            UnnestParameters.For(plan.PoweredOn).Column("ids", id => id).ToArray(),
            cancellationToken);
    }

    /// <summary>
    /// The endpoint's component endpoints become exactly what was found: ones for resources that are gone (or
    /// whose resource is now another component) are removed first, then the rest are inserted or updated (moving a
    /// component from another endpoint if need be). Chassis ones stay when the body did not list chassis.
    /// </summary>
    private async Task ReplaceComponentEndpointsAsync(Xname owner, IReadOnlyList<PlannedEndpoint> endpoints, bool replacesChassis, CancellationToken cancellationToken)
    {
        var keys = endpoints.Select(e => e.Id + " " + e.OdataId).ToArray();
        await db.ComponentEndpoints
            .Where(ce => ce.RedfishEndpointId == owner.Value && !keys.Contains(ce.Id + " " + ce.OdataId) && (replacesChassis || ce.RedfishType != ChassisRedfishType))
            .ExecuteDeleteAsync(cancellationToken);
        var ordered = endpoints.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO smd.component_endpoints
                (id, type, redfish_type, redfish_subtype, uuid, odata_id, redfish_endpoint_id, component_endpoint_type, component_info)
            SELECT u.id, u.type, u.redfish_type, u.redfish_subtype, u.uuid, u.odata_id, @owner, u.ce_type, u.info::json
            FROM unnest(@ids, @types, @redfish_types, @subtypes, @uuids, @paths, @ce_types, @infos)
                 AS u(id, type, redfish_type, redfish_subtype, uuid, odata_id, ce_type, info)
            ON CONFLICT (id) DO UPDATE SET
                type = EXCLUDED.type, redfish_type = EXCLUDED.redfish_type, redfish_subtype = EXCLUDED.redfish_subtype,
                uuid = EXCLUDED.uuid, odata_id = EXCLUDED.odata_id, redfish_endpoint_id = EXCLUDED.redfish_endpoint_id,
                component_endpoint_type = EXCLUDED.component_endpoint_type, component_info = EXCLUDED.component_info
            """,
            UnnestParameters.For(ordered)
                .Value("owner", owner.Value)
                .Column("ids", e => e.Id)
                .Column("types", e => e.Type)
                .Column("redfish_types", e => e.RedfishType)
                .Column("subtypes", e => e.RedfishSubtype)
                .Column("uuids", e => e.Uuid)
                .Column("paths", e => e.OdataId)
                .Column("ce_types", e => e.ComponentEndpointType)
                .Column("infos", e => e.ComponentInfo)
                .ToArray(),
            cancellationToken);
    }
}
