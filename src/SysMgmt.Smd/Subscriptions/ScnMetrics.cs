using System.Diagnostics.Metrics;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.Telemetry;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// SCN delivery and the change feed on SMD's meter: notifications by outcome, the components they listed, the
/// newest sequence number this process has heard of, and the outbox backlog (changes the subscriber furthest
/// behind has still to be looked at for, as last measured by the dispatcher).
/// </summary>
internal sealed class ScnMetrics
{
    private readonly Counter<long> _notifications;
    private readonly Counter<long> _components;
    private long _backlog;

    public ScnMetrics(IMeterFactory meters, ChangeSignal signal)
    {
        var meter = meters.Create(SmdMetrics.MeterName);
        _notifications = meter.CreateCounter<long>("sysmgmt.smd.scn.notifications", "{notification}",
            "State-change notifications POSTed to subscribers, by outcome (delivered or failed; a failed one is retried)");
        _components = meter.CreateCounter<long>("sysmgmt.smd.scn.components", "{component}",
            "Components listed in delivered notifications (one per component and change reported)");
        meter.CreateObservableGauge("sysmgmt.smd.scn.backlog", () => Interlocked.Read(ref _backlog), "{change}",
            "Changes of the feed the subscriber furthest behind has still to be looked at for (0: every subscriber is up to date)");
        meter.CreateObservableGauge("sysmgmt.smd.changes.latest_sequence", () => signal.Latest, "{change}",
            "The newest change-feed sequence number this process was told of");
    }

    public void Delivered(int components)
    {
        _notifications.Add(1, new KeyValuePair<string, object?>("outcome", "delivered"));
        _components.Add(components);
    }

    public void Failed() => _notifications.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    public void Backlog(long changes) => Interlocked.Exchange(ref _backlog, changes);
}
