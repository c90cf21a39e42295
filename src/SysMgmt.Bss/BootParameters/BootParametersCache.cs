using System.Collections.Concurrent;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// Every boot parameters entry and image in memory: what boot scripts and cloud-init answer from, with no
/// database round trip. Lock-free reads; changes arrive through <see cref="BootParametersSync"/>.
/// </summary>
internal sealed class BootParametersCache
{
    private readonly ConcurrentDictionary<string, BootEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(ImageKind Kind, string Path), BootImage> _images = new();
    private volatile bool _loaded;

    /// <summary>False until the first full load from PostgreSQL finished.</summary>
    public bool IsLoaded => _loaded;

    public int EntryCount => _entries.Count;

    public BootEntry? Find(string name) => _entries.TryGetValue(name, out var entry) ? entry : null;

    public BootImage? FindImage(ImageKind kind, string path) => _images.TryGetValue((kind, path), out var image) ? image : null;

    /// <summary>The parameters stored for an image, or empty.</summary>
    public string ImageParams(ImageKind kind, string path) =>
        path.Length > 0 && _images.TryGetValue((kind, path), out var image) ? image.Params : "";

    /// <summary>All entries, by key.</summary>
    public List<BootEntry> Entries() => [.. _entries.Values.OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>All images: kernels, then initrds, each by path.</summary>
    public List<BootImage> Images() => [.. _images.Values.OrderBy(i => i.Kind).ThenBy(i => i.Path, StringComparer.Ordinal)];

    public void ReplaceAll(IReadOnlyCollection<BootEntry> entries, IReadOnlyCollection<BootImage> images)
    {
        Apply(_entries, entries.ToDictionary(e => e.Name, StringComparer.Ordinal), _entries.Keys.ToList());
        Apply(_images, images.ToDictionary(i => (i.Kind, i.Path)), _images.Keys.ToList());
        _loaded = true;
    }

    /// <summary>Sets what was reloaded for <paramref name="changes"/> and removes what no longer exists.</summary>
    public void Apply(BootChanges changes, IReadOnlyCollection<BootEntry> entries, IReadOnlyCollection<BootImage> images)
    {
        Apply(_entries, entries.ToDictionary(e => e.Name, StringComparer.Ordinal), changes.Entries);
        Apply(_images, images.ToDictionary(i => (i.Kind, i.Path)), changes.Images);
    }

    private static void Apply<TKey, TValue>(ConcurrentDictionary<TKey, TValue> target, Dictionary<TKey, TValue> current, IEnumerable<TKey> changed)
        where TKey : notnull
    {
        foreach (var (key, value) in current)
        {
            target[key] = value;
        }

        foreach (var key in changed)
        {
            if (!current.ContainsKey(key))
            {
                target.TryRemove(key, out _);
            }
        }
    }
}
