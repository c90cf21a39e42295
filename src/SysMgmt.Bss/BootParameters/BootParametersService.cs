using SysMgmt.Bss.NodeIndex;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// Writes boot parameters with HPE CSM's semantics (POST creates, PUT replaces, PATCH merges, DELETE removes;
/// hosts, MACs and NIDs; image-level params), each request in one transaction: all of it or nothing. After the
/// commit this replica's cache is reloaded, and the others hear of it by <c>NOTIFY</c>.
/// </summary>
internal sealed partial class BootParametersService(
    BootParametersStore store, BootParametersSync sync, NodeDirectory directory, ILogger<BootParametersService> logger)
{
    private const string NothingToStore =
        "nothing to store: give hosts, macs or nids with a kernel, initrd, params or cloud-init (or only a kernel or initrd to set that image's params)";

    /// <summary>POST: new entries only. Returns the referral token of the new entries.</summary>
    public Task<Outcome<string?>> CreateAsync(BootParamsChange change, CancellationToken cancellationToken) =>
        WriteAsync(change, create: true, cancellationToken);

    /// <summary>PUT: sets whole entries. Cloud-init data is kept unless the body has a <c>cloud-init</c> member.</summary>
    public Task<Outcome<string?>> ReplaceAsync(BootParamsChange change, CancellationToken cancellationToken) =>
        WriteAsync(change, create: false, cancellationToken);

    /// <summary>PATCH: changes existing entries; the referral token stays.</summary>
    public async Task<Outcome<bool>> PatchAsync(BootParamsChange change, CancellationToken cancellationToken)
    {
        if (!change.HasTargets)
        {
            return await WriteImageParamsAsync(change, create: false, cancellationToken) is { Problem: { } problem } ? problem : true;
        }

        if (!change.HasContent)
        {
            return Problem.BadRequest("nothing to change: give params, kernel, initrd or cloud-init");
        }

        var candidates = Candidates(change);
        await using var transaction = await store.BeginAsync(cancellationToken);
        var existing = await transaction.LockEntriesAsync(candidates.SelectMany(c => c.Keys), cancellationToken);
        var (found, missing) = Match(candidates, existing);
        if (missing.Count > 0)
        {
            return Problem.NotFound("no boot parameters to change for " + string.Join(", ", missing));
        }

        var patched = found.Select(entry => entry with
        {
            // As in the anchors, an empty value leaves the stored one.
            Params = string.IsNullOrEmpty(change.Params) ? entry.Params : change.Params,
            Kernel = change.Kernel ?? entry.Kernel,
            Initrd = change.Initrd ?? entry.Initrd,
            CloudInit = change.CloudInit?.ApplyTo(entry.CloudInit) ?? entry.CloudInit,
        }).ToList();
        await transaction.AddImagesAsync(Images(change), cancellationToken);
        await transaction.WriteEntriesAsync(patched, cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        LogWritten(logger, "PATCH", string.Join(", ", patched.Select(e => e.Name)));
        return true;
    }

    /// <summary>DELETE: removes entries, and images (which are blanked in every entry that boots them).</summary>
    public async Task<Outcome<bool>> DeleteAsync(BootParamsChange change, CancellationToken cancellationToken)
    {
        if (!change.HasTargets && change.Kernel is null && change.Initrd is null)
        {
            return Problem.BadRequest("nothing to delete: give hosts, macs, nids, a kernel or an initrd");
        }

        var candidates = Candidates(change);
        await using var transaction = await store.BeginAsync(cancellationToken);
        var existing = await transaction.LockEntriesAsync(candidates.SelectMany(c => c.Keys), cancellationToken);
        var (found, missing) = Match(candidates, existing);
        foreach (var (kind, path) in Images(change))
        {
            if (!await transaction.DeleteImageAsync(kind, path, cancellationToken))
            {
                missing.Add($"{BootParametersStore.KindName(kind)} {path}");
            }
        }

        if (missing.Count > 0)
        {
            return Problem.NotFound("no boot parameters to delete for " + string.Join(", ", missing));
        }

        await transaction.DeleteEntriesAsync(found.Select(e => e.Name), cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        LogWritten(logger, "DELETE", string.Join(", ", transaction.Changes.Entries));
        return true;
    }

    /// <summary>Stores what cloud-init's phone_home reported into the node's own entry.</summary>
    public async Task<Outcome<BootEntry>> SetPhoneHomeAsync(string key, PhoneHome phoneHome, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        if (!(await transaction.LockEntriesAsync([key], cancellationToken)).TryGetValue(key, out var entry))
        {
            return Problem.NotFound($"{key} has no boot parameters of its own to store phone-home data in");
        }

        var updated = entry with { CloudInit = entry.CloudInit with { PhoneHome = phoneHome } };
        await transaction.WriteEntriesAsync([updated], cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        return updated;
    }

    private async Task<Outcome<string?>> WriteAsync(BootParamsChange change, bool create, CancellationToken cancellationToken)
    {
        if (!change.HasTargets)
        {
            return await WriteImageParamsAsync(change, create, cancellationToken);
        }

        if (!change.HasContent)
        {
            return Problem.BadRequest(NothingToStore);
        }

        var names = Targets(change);
        await using var transaction = await store.BeginAsync(cancellationToken);
        var existing = await transaction.LockEntriesAsync(names, cancellationToken);
        if (create && existing.Count > 0)
        {
            return Problem.Conflict($"boot parameters already exist for {string.Join(", ", existing.Keys.Order(StringComparer.Ordinal))}; PUT replaces them, PATCH changes them");
        }

        var token = Guid.NewGuid().ToString();
        var entries = names.Select(name => new BootEntry(
            name,
            change.Params ?? "",
            change.Kernel ?? "",
            change.Initrd ?? "",
            change.CloudInit?.ToData() ?? existing.GetValueOrDefault(name)?.CloudInit ?? CloudInitData.Empty,
            token)).ToList();
        await transaction.AddImagesAsync(Images(change), cancellationToken);
        await transaction.WriteEntriesAsync(entries, cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        LogWritten(logger, create ? "POST" : "PUT", string.Join(", ", names));
        return token;
    }

    /// <summary>A body with only a kernel and/or initrd sets the parameters every node booting that image gets.</summary>
    private async Task<Outcome<string?>> WriteImageParamsAsync(BootParamsChange change, bool create, CancellationToken cancellationToken)
    {
        var images = Images(change).ToList();
        if (images.Count == 0)
        {
            return Problem.BadRequest(NothingToStore);
        }

        await using var transaction = await store.BeginAsync(cancellationToken);
        foreach (var (kind, path) in images)
        {
            if (create && await transaction.ImageExistsAsync(kind, path, cancellationToken))
            {
                return Problem.Conflict($"the {BootParametersStore.KindName(kind)} image {path} already exists; PUT or PATCH sets its params");
            }

            await transaction.SetImageParamsAsync(new BootImage(kind, path, change.Params ?? ""), cancellationToken);
        }

        await CommitAsync(transaction, cancellationToken);
        return (string?)null;
    }

    private async Task CommitAsync(BootParametersTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        await sync.ReloadAsync(transaction.Changes, cancellationToken);
    }

    /// <summary>
    /// Where POST and PUT store: hosts as given; a MAC or NID under its node's xname when SMD knows it, else under
    /// the MAC or <c>nid&lt;N&gt;</c> (as the anchors do). All three lists count, not only the first non-empty one.
    /// </summary>
    private List<string> Targets(BootParamsChange change)
    {
        var index = directory.Current;
        return [.. change.Hosts.Select(h => h.Name)
            .Concat(change.Macs.Select(mac => index.FindByMac(mac)?.Xname ?? mac))
            .Concat(change.Nids.Select(nid => index.FindByNid(nid)?.Xname ?? HostKey.ForNid(nid).Name))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>For PATCH and DELETE: each requested item with the keys it may be stored under, best first.</summary>
    private List<(string Label, string[] Keys)> Candidates(BootParamsChange change)
    {
        var index = directory.Current;
        return [.. change.Hosts.Select(h => (h.Name, new[] { h.Name })),
            .. change.Macs.Select(mac => (mac, index.FindByMac(mac) is { } node ? new[] { node.Xname, mac } : [mac])),
            .. change.Nids.Select(nid => ("NID " + nid, index.FindByNid(nid) is { } node ? new[] { node.Xname, HostKey.ForNid(nid).Name } : [HostKey.ForNid(nid).Name]))];
    }

    private static (List<BootEntry> Found, List<string> Missing) Match(List<(string Label, string[] Keys)> candidates, Dictionary<string, BootEntry> existing)
    {
        var found = new Dictionary<string, BootEntry>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (label, keys) in candidates)
        {
            if (keys.Select(existing.GetValueOrDefault).FirstOrDefault(e => e is not null) is { } entry)
            {
                found.TryAdd(entry.Name, entry);
            }
            else
            {
                missing.Add(label);
            }
        }

        return ([.. found.Values], missing);
    }

    private static IEnumerable<(ImageKind Kind, string Path)> Images(BootParamsChange change)
    {
        if (change.Kernel is { } kernel)
        {
            yield return (ImageKind.Kernel, kernel);
        }

        if (change.Initrd is { } initrd)
        {
            yield return (ImageKind.Initrd, initrd);
        }
    }
}
