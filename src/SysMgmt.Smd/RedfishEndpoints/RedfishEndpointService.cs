using Microsoft.EntityFrameworkCore;
using Npgsql;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Credentials;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.Discovery;
using SysMgmt.Smd.Telemetry;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>
/// Stores Redfish endpoints and, in the same transaction, the inventory a discovery agent sent with them. A request
/// either applies as a whole or not at all. Passwords are encrypted before they reach the database.
/// </summary>
internal sealed partial class RedfishEndpointService(
    SmdDbContext db,
    CredentialProtector credentials,
    InventoryIngestionService ingestion,
    SmdMetrics metrics,
    ILogger<RedfishEndpointService> logger)
{
    private const string DuplicateMessage = "operation would conflict with an existing resource that has the same FQDN or xname ID.";

    public Task<List<RedfishEndpoint>> ListAsync(RedfishEndpointFilter filter, CancellationToken cancellationToken) =>
        db.RedfishEndpoints.Matching(filter).OrderBy(e => e.Id).Select(RedfishEndpointProjections.ToContract).ToListAsync(cancellationToken);

    public Task<RedfishEndpoint?> FindAsync(Xname id, CancellationToken cancellationToken) =>
        db.RedfishEndpoints.Where(e => e.Id == id.Value).Select(RedfishEndpointProjections.ToContract).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// POST: creates the endpoints. An endpoint that already exists is a 409, unless the body carries discovery
    /// inventory: then it is updated and the inventory ingested again, so re-running discovery is always safe.
    /// </summary>
    public Task<Outcome<List<RedfishEndpointWriteResult>>> CreateAsync(IReadOnlyList<RedfishEndpointWrite> writes, CancellationToken cancellationToken) =>
        db.InTransactionAsync<List<RedfishEndpointWriteResult>>(async ct =>
        {
            var existing = await TrackedAsync(writes, ct);
            if (writes.Any(w => w.Inventory is null && existing.ContainsKey(w.Endpoint.Id.Value)))
            {
                return Problem.Conflict(DuplicateMessage);
            }

            return await StoreAsync(writes, existing, reassignMacs: false, ct);
        }, cancellationToken);

    /// <summary>PUT: replaces the endpoint, or creates it when absent; its inventory, if sent, is ingested with force.</summary>
    public Task<Outcome<List<RedfishEndpointWriteResult>>> ReplaceAsync(RedfishEndpointWrite write, CancellationToken cancellationToken) =>
        db.InTransactionAsync<List<RedfishEndpointWriteResult>>(
            async ct => await StoreAsync([write], await TrackedAsync([write], ct), reassignMacs: true, ct), cancellationToken);

    /// <summary>PATCH: changes the given fields, re-checks the whole endpoint, and answers it as stored.</summary>
    public Task<Outcome<RedfishEndpoint>> PatchAsync(Xname id, RedfishEndpointInput patch, CancellationToken cancellationToken) =>
        db.InTransactionAsync<RedfishEndpoint>(async ct =>
        {
            var entity = await db.RedfishEndpoints.AsTracking().FirstOrDefaultAsync(e => e.Id == id.Value, ct);
            if (entity is null)
            {
                return Problem.NotFound($"No such entry: {id.Value}");
            }

            if (RedfishEndpointValidator.Validate(RedfishEndpointPatch.Merge(entity, patch), out var error) is not { } merged)
            {
                return Problem.BadRequest("couldn't validate endpoint data: " + error);
            }

            Apply(entity, merged);
            if (await SaveAsync(ct) is { } conflict)
            {
                return conflict;
            }

            LogStored(logger, id.Value, "patched");
            return (await FindAsync(id, ct))!;
        }, cancellationToken);

    public Task<int> DeleteAsync(Xname id, CancellationToken cancellationToken) =>
        db.RedfishEndpoints.Where(e => e.Id == id.Value).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) => db.RedfishEndpoints.ExecuteDeleteAsync(cancellationToken);

    private async Task<Outcome<List<RedfishEndpointWriteResult>>> StoreAsync(
        IReadOnlyList<RedfishEndpointWrite> writes, Dictionary<string, RedfishEndpointEntity> existing, bool reassignMacs, CancellationToken cancellationToken)
    {
        var results = new List<RedfishEndpointWriteResult>(writes.Count);
        foreach (var write in writes)
        {
            var isNew = !existing.TryGetValue(write.Endpoint.Id.Value, out var entity);
            if (isNew)
            {
                entity = new RedfishEndpointEntity { Id = write.Endpoint.Id.Value, Type = "", Fqdn = "" };
                db.RedfishEndpoints.Add(entity);
            }

            Apply(entity!, write.Endpoint);
            results.Add(isNew ? RedfishEndpointWriteResult.Created : RedfishEndpointWriteResult.Updated);
        }

        if (await SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        foreach (var write in writes.Where(w => w.Inventory is not null))
        {
            var ingested = await metrics.MeasureIngestionAsync(() => ingestion.IngestAsync(write.Endpoint, write.Inventory!, reassignMacs, cancellationToken));
            if (ingested.Problem is { } problem)
            {
                return problem;
            }
        }

        foreach (var (write, result) in writes.Zip(results))
        {
            LogStored(logger, write.Endpoint.Id.Value, result == RedfishEndpointWriteResult.Created ? "created" : "updated");
        }

        return results;
    }

    /// <summary>
    /// The stored endpoints the writes name, read after locking them: concurrent writes of the same endpoint (a
    /// discovery agent posting a BMC twice at once) run one after the other, the second seeing the first's row.
    /// </summary>
    private async Task<Dictionary<string, RedfishEndpointEntity>> TrackedAsync(IReadOnlyList<RedfishEndpointWrite> writes, CancellationToken cancellationToken)
    {
        var ids = writes.Select(w => w.Endpoint.Id.Value).ToArray();
        await ingestion.LockAsync(ids, cancellationToken);
        return await db.RedfishEndpoints.AsTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
    }

    /// <summary>Saves, turning a clash on the FQDN (or a racing insert of the same ID) into a 409.</summary>
    private async Task<Problem?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problem.Conflict(DuplicateMessage);
        }
    }

    /// <summary>Copies the validated fields; a password the body did not mention stays as it was.</summary>
    private void Apply(RedfishEndpointEntity entity, ValidRedfishEndpoint endpoint)
    {
        entity.Type = XnameTypes.Name(endpoint.Id.Type);
        entity.Name = endpoint.Name;
        entity.Hostname = endpoint.Hostname;
        entity.Domain = endpoint.Domain;
        entity.Fqdn = endpoint.Fqdn;
        entity.Enabled = endpoint.Enabled;
        entity.Uuid = endpoint.Uuid;
        entity.Username = endpoint.User;
        entity.UseSsdp = endpoint.UseSsdp;
        entity.MacRequired = endpoint.MacRequired;
        entity.MacAddr = endpoint.MacAddr;
        entity.IpAddress = endpoint.IpAddress;
        entity.RediscoverOnUpdate = endpoint.RediscoverOnUpdate;
        entity.TemplateId = endpoint.TemplateId;
        if (endpoint.Password is not null)
        {
            entity.PasswordCiphertext = endpoint.Password.Length == 0 ? null : credentials.Protect(endpoint.Password, endpoint.Id.Value);
        }
    }
}
