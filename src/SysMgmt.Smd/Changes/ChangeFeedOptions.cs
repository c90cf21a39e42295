using System.ComponentModel.DataAnnotations;

namespace SysMgmt.Smd.Changes;

/// <summary>The change feed (<c>Smd:Changes</c>): whether writes record changes, and how long they are kept.</summary>
public sealed class ChangeFeedOptions
{
    public const string SectionName = "Smd:Changes";

    /// <summary>
    /// Record every inventory change in the feed (and so deliver SCNs). Off only to measure what the feed costs or
    /// in a deployment that wants neither; every replica must agree, or the feed misses the changes of some.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a change stays readable; older ones are swept in the background.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many changes are kept, whatever their age (the oldest whole transactions go first).</summary>
    [Range(1, long.MaxValue)]
    public long MaxRetainedChanges { get; set; } = 10_000_000;

    /// <summary>How often the sweep runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many changes <c>GET /hsm/v2/changes</c> returns when the request gives no <c>limit</c>.</summary>
    [Range(1, 100_000)]
    public int DefaultLimit { get; set; } = 1000;

    /// <summary>The largest <c>limit</c> a request may ask for.</summary>
    [Range(1, 100_000)]
    public int MaxLimit { get; set; } = 10_000;
}
