using System.Text.Json;

namespace SysMgmt.Smd.IntegrationTests.Subscriptions;

/// <summary>
/// Every notification a test subscriber received, in arrival order, kept across restarts of the subscriber. Each
/// notification is also flattened into one event per component (<c>x1 State=Ready/OK</c>), which is what order and
/// exactly-once are checked on (SMD may merge events into fewer POSTs).
/// </summary>
internal sealed class SubscriberLog
{
    private readonly List<JsonElement> _notifications = [];
    private readonly List<string?> _authorizations = [];
    private readonly List<string?> _keys = [];

    public void Add(JsonElement notification, string? authorization = null, string? idempotencyKey = null)
    {
        lock (_notifications)
        {
            _notifications.Add(notification);
            _authorizations.Add(authorization);
            _keys.Add(idempotencyKey);
        }
    }

    /// <summary>The <c>Idempotency-Key</c> header of each notification (null without one).</summary>
    public string?[] Keys
    {
        get
        {
            lock (_notifications)
            {
                return [.. _keys];
            }
        }
    }

    /// <summary>The events as a subscriber that drops a notification whose key it has seen already handles them.</summary>
    public string[] EventsOncePerKey
    {
        get
        {
            var seen = new HashSet<string?>();
            return [.. Notifications.Zip(Keys).Where(pair => seen.Add(pair.Second)).SelectMany(pair => Flatten(pair.First))];
        }
    }

    /// <summary>The <c>Authorization</c> header of each notification (null without one).</summary>
    public string?[] Authorizations
    {
        get
        {
            lock (_notifications)
            {
                return [.. _authorizations];
            }
        }
    }

    public JsonElement[] Notifications
    {
        get
        {
            lock (_notifications)
            {
                return [.. _notifications];
            }
        }
    }

    public string[] Events => [.. Notifications.SelectMany(Flatten)];

    /// <summary>Waits until at least <paramref name="count"/> events arrived, failing with what did arrive otherwise.</summary>
    public async Task<string[]> WaitForEventsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (Events.Length < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"expected {count} events, got {Events.Length}:\n{string.Join("\n", Events)}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return Events;
    }

    /// <summary><c>x1 State=Ready/OK</c>, <c>x1 Role=Service/Worker</c>, <c>x1 SoftwareStatus=AdminDown</c>, <c>x1 Enabled=false</c>.</summary>
    public static IEnumerable<string> Flatten(JsonElement notification)
    {
        string? Get(string name) => notification.TryGetProperty(name, out var value) ? value.ToString() : null;
        var report = Get("State") is { } state ? $"State={state}/{Get("Flag")}"
            : Get("Role") is { } role ? $"Role={role}/{Get("SubRole")}"
            : Get("SoftwareStatus") is { } status ? $"SoftwareStatus={status}"
            : $"Enabled={Get("Enabled")?.ToLowerInvariant()}";
        return notification.GetProperty("Components").EnumerateArray().Select(c => $"{c.GetString()} {report}");
    }
}
