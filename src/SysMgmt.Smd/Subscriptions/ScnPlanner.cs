using SysMgmt.Smd.Changes;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// Decides what to send a subscriber next from the feed's component changes after its cursor: the first
/// notification that concerns it, merged with the ones after it that report the same thing (so a bulk change of
/// 10,000 nodes to Ready is one POST, as in the anchors), up to a size limit. Order is kept: a different report in
/// between ends the notification.
/// </summary>
internal static class ScnPlanner
{
    /// <param name="triggers">What the subscription wants.</param>
    /// <param name="cursor">Where it is.</param>
    /// <param name="changes">The changes read after <see cref="ScnCursor.ReadSince"/>, in order.</param>
    /// <param name="readThrough">The feed position the read covers: the last change read when the page was full, else the newest sequence number.</param>
    /// <param name="maxComponents">The most components one notification lists.</param>
    /// <returns>The plan, or null when there is nothing to do.</returns>
    public static ScnPlan? Plan(ScnTriggers triggers, ScnCursor cursor, IReadOnlyList<Change> changes, long readThrough, int maxComponents)
    {
        ScnReport? report = null;
        var components = new List<string>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var last = cursor;
        foreach (var e in changes.SelectMany(ScnEvent.From))
        {
            if (e.Position <= cursor || !e.Concerns(triggers))
            {
                continue;
            }

            if (report is null)
            {
                report = e.Report;
            }
            else if (e.Report != report || (components.Count >= maxComponents && !listed.Contains(e.ComponentId)))
            {
                break;
            }

            if (listed.Add(e.ComponentId))
            {
                components.Add(e.ComponentId);
            }

            last = e.Position;
        }

        if (report is not null)
        {
            return new ScnPlan(report.For(components), last);
        }

        var through = ScnCursor.After(readThrough);
        return through > cursor ? new ScnPlan(null, through) : null;
    }
}
