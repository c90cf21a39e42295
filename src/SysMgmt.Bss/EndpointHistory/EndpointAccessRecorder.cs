using System.Collections.Concurrent;

namespace SysMgmt.Bss.EndpointHistory;

/// <summary>
/// Notes in memory that a node fetched its boot script or user-data; <see cref="EndpointHistoryWorker"/> writes
/// the notes to PostgreSQL in batches. Recording costs a dictionary write: a boot script never waits on the
/// database, and a boot storm's repeated requests per node collapse into one row each.
/// </summary>
internal sealed class EndpointAccessRecorder(TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Name, EndpointKind Kind), long> _pending = new();

    public void Record(string name, EndpointKind kind) => _pending[(name, kind)] = time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>What has not been written yet.</summary>
    public List<KeyValuePair<(string Name, EndpointKind Kind), long>> Pending()
    {
        // Enumerating is lock-free and safe while requests keep recording; copying the dictionary as a collection
        // is not (it sizes the copy first and fails when a request adds in between).
        var pending = new List<KeyValuePair<(string Name, EndpointKind Kind), long>>();
        foreach (var access in _pending)
        {
            pending.Add(access);
        }

        return pending;
    }

    /// <summary>Forgets notes once written, unless a newer access replaced them meanwhile.</summary>
    public void MarkWritten(IEnumerable<KeyValuePair<(string Name, EndpointKind Kind), long>> written)
    {
        foreach (var item in written)
        {
            _pending.TryRemove(item);
        }
    }
}
