using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.Configuration;
using SysMgmt.Discovery.Files;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Cache;

/// <summary>
/// The BMCs that scans found, in a JSON file (<c>{"version":1,"bmcs":[…]}</c>, each entry a magellan scan record
/// with more fields). Updates re-read and merge under an exclusive lock and replace the file atomically (mode 0600),
/// so concurrent sysmgmt processes lose nothing and a reader never sees half a file.
/// </summary>
public sealed class DiscoveryCache(string path, TimeProvider? time = null)
{
    public const string FileName = "discovery-cache.json";

    private const int FormatVersion = 1;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary><c>$XDG_STATE_HOME/sysmgmt/discovery-cache.json</c>, else <c>~/.local/state/sysmgmt/discovery-cache.json</c>.</summary>
    public static string DefaultPath => System.IO.Path.Combine(StatePaths.StateDirectory, FileName);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>How long an update waits for another process's update to finish.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Every cached BMC, in address order; none when the file does not exist yet.</summary>
    /// <exception cref="DiscoveryCacheException">The file cannot be read or is not a cache.</exception>
    public async Task<IReadOnlyList<DiscoveredBmc>> ReadAsync(CancellationToken cancellationToken = default) =>
        Sorted(await LoadAsync(cancellationToken));

    /// <summary>
    /// Merges a scan's results: a target found for the first time is added, a cached one is updated (last scanned,
    /// status, and last seen and service details when found again); targets neither found nor cached are not kept,
    /// and results that observed nothing (<see cref="ScanResult.Observed"/>) change nothing.
    /// </summary>
    /// <returns>The entries of the targets among <paramref name="results"/> that are in the cache now.</returns>
    /// <exception cref="DiscoveryCacheException">The file cannot be read, is not a cache, or cannot be written.</exception>
    public async Task<IReadOnlyList<DiscoveredBmc>> RecordAsync(IEnumerable<ScanResult> results, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        return await UpdateAsync(
            entries =>
            {
                var touched = new List<DiscoveredBmc>();
                foreach (var result in results.Where(r => r.Observed))
                {
                    var entry = entries.TryGetValue(result.Target.Url, out var cached) ? cached.Observe(result, now) : DiscoveredBmc.Create(result, now);
                    if (entry is not null)
                    {
                        entries[entry.Url] = entry;
                        touched.Add(entry);
                    }
                }

                return touched;
            },
            cancellationToken);
    }

    /// <summary>Empties the cache (also a cache file that is not valid, which is how one recovers from that).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken);
        await SaveAsync([], cancellationToken);
    }

    /// <summary>Fails now, before a long scan, if the cache could not take its results: unreadable, not a cache, not writable.</summary>
    public async Task CheckWritableAsync(CancellationToken cancellationToken = default) =>
        await UpdateAsync(_ => [], cancellationToken, write: false);

    private async Task<IReadOnlyList<DiscoveredBmc>> UpdateAsync(
        Func<Dictionary<string, DiscoveredBmc>, List<DiscoveredBmc>> change, CancellationToken cancellationToken, bool write = true)
    {
        using var held = await LockAsync(cancellationToken);
        var entries = (await LoadAsync(cancellationToken)).ToDictionary(e => e.Url, StringComparer.Ordinal);
        var touched = change(entries);
        if (write)
        {
            await SaveAsync(entries.Values, cancellationToken);
        }

        return Sorted(touched);
    }

    private async Task<ExclusiveFileLock> LockAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ExclusiveFileLock.AcquireAsync(Path + ".lock", LockWait, cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw new DiscoveryCacheException($"the discovery cache {Path} stayed locked by another sysmgmt: {exception.Message}", innerException: exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiscoveryCacheException($"cannot write the discovery cache {Path}: {exception.Message}", innerException: exception);
        }
    }

    private async Task<IReadOnlyList<DiscoveredBmc>> LoadAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(Path, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiscoveryCacheException($"cannot read the discovery cache {Path}: {exception.Message}", innerException: exception);
        }

        try
        {
            var document = JsonNode.Parse(text) as JsonObject ?? throw new FormatException("it is not a JSON object");
            var version = document["version"]?.GetValue<int>();
            if (version != FormatVersion)
            {
                throw new FormatException(version is null ? "it has no \"version\"" : $"its version {version} is not {FormatVersion} (written by another sysmgmt)");
            }

            return DiscoveredBmcJson.FromJson(document["bmcs"]);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw new DiscoveryCacheException($"the discovery cache {Path} is not valid: {exception.Message}", corrupt: true, innerException: exception);
        }
    }

    private async Task SaveAsync(IEnumerable<DiscoveredBmc> entries, CancellationToken cancellationToken)
    {
        var document = new JsonObject { ["version"] = FormatVersion, ["bmcs"] = DiscoveredBmcJson.ToJson(Sorted(entries)) };
        try
        {
            await AtomicFile.WriteAllTextAsync(Path, StructuredText.Write(document, DataFormat.Json), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiscoveryCacheException($"cannot write the discovery cache {Path}: {exception.Message}", innerException: exception);
        }
    }

    private static List<DiscoveredBmc> Sorted(IEnumerable<DiscoveredBmc> entries) =>
        [.. entries.OrderBy(e => e.Target, ScanTargetOrder.Instance)];
}
