using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>
/// What one BMC changed: PATCHed or reset properties laid over the shared mockup, its sessions and tasks. Created
/// on the first change, so a thousand BMCs that are only read cost nothing here.
/// </summary>
public sealed class BmcState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JsonObject> _overlays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatedSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatedTask> _tasks = new(StringComparer.Ordinal);
    private int _lastSessionId;
    private int _lastTaskId;

    /// <summary>A copy of the properties laid over the resource at <paramref name="path"/>, or null.</summary>
    public JsonObject? Overlay(string path)
    {
        lock (_lock)
        {
            return _overlays.TryGetValue(path, out var overlay) ? (JsonObject)overlay.DeepClone() : null;
        }
    }

    /// <summary>Merges <paramref name="changes"/> into the resource's overlay (objects merge, other values replace).</summary>
    public void Merge(string path, JsonObject changes)
    {
        lock (_lock)
        {
            if (!_overlays.TryGetValue(path, out var overlay))
            {
                _overlays[path] = overlay = [];
            }

            MergeInto(overlay, changes);
        }
    }

    public EmulatedSession CreateSession(string username, DateTimeOffset now)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_lock)
        {
            var session = new EmulatedSession((++_lastSessionId).ToString(System.Globalization.CultureInfo.InvariantCulture), token, username, now);
            _sessions[session.Id] = session;
            return session;
        }
    }

    public EmulatedSession? FindSessionByToken(string token)
    {
        lock (_lock)
        {
            return _sessions.Values.FirstOrDefault(s => string.Equals(s.Token, token, StringComparison.Ordinal));
        }
    }

    public EmulatedSession? FindSession(string id)
    {
        lock (_lock)
        {
            return _sessions.GetValueOrDefault(id);
        }
    }

    public bool DeleteSession(string id)
    {
        lock (_lock)
        {
            return _sessions.Remove(id);
        }
    }

    public IReadOnlyList<string> SessionIds()
    {
        lock (_lock)
        {
            return [.. _sessions.Keys];
        }
    }

    public EmulatedTask CreateTask(string name, DateTimeOffset now, TimeSpan duration)
    {
        lock (_lock)
        {
            var task = new EmulatedTask((++_lastTaskId).ToString(System.Globalization.CultureInfo.InvariantCulture), name, now, duration);
            _tasks[task.Id] = task;
            return task;
        }
    }

    public EmulatedTask? FindTask(string id)
    {
        lock (_lock)
        {
            return _tasks.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<string> TaskIds()
    {
        lock (_lock)
        {
            return [.. _tasks.Keys];
        }
    }

    private static void MergeInto(JsonObject target, JsonObject changes)
    {
        foreach (var (name, value) in changes)
        {
            if (value is JsonObject nested && target[name] is JsonObject existing)
            {
                MergeInto(existing, nested);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
