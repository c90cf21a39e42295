namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// Reloads changed boot parameters from PostgreSQL into the <see cref="BootParametersCache"/>: after this
/// replica's own writes, and when another replica announces its changes. Reloads run one at a time, each reading
/// after the previous one applied, so an older read never overwrites a newer one.
/// </summary>
internal sealed class BootParametersSync(BootParametersStore store, BootParametersCache cache)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Reloads what <paramref name="changes"/> names, or everything when it is null.</summary>
    public async Task ReloadAsync(BootChanges? changes, CancellationToken cancellationToken)
    {
        if (changes is { IsEmpty: true })
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (changes is null)
            {
                var (entries, images) = await store.LoadAllAsync(cancellationToken);
                cache.ReplaceAll(entries, images);
            }
            else
            {
                var entries = changes.Entries.Count > 0 ? await store.LoadEntriesAsync(changes.Entries, cancellationToken) : [];
                var images = changes.Images.Count > 0 ? await store.LoadImagesAsync(changes.Images, cancellationToken) : [];
                cache.Apply(changes, entries, images);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
