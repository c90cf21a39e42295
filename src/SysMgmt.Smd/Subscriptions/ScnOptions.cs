using System.ComponentModel.DataAnnotations;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>How SCNs are delivered (<c>Smd:Subscriptions</c>).</summary>
public sealed class ScnOptions
{
    public const string SectionName = "Smd:Subscriptions";

    /// <summary>
    /// Deliver notifications from this process. Replicas share the work whatever their number; a replica with this
    /// off only serves the API (and tests that count SQL statements turn it off).
    /// </summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>Subscribers this process delivers to at the same time (each subscriber gets one request at a time).</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>How often the dispatcher looks for work when no change notification wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a subscriber has to answer a notification.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before the first retry of a failed notification; it doubles with each failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most components one notification lists (a bulk change of more is sent in several).</summary>
    [Range(1, 100_000)]
    public int MaxComponentsPerNotification { get; set; } = 10_000;

    /// <summary>How many changes the dispatcher reads at a time for one subscriber.</summary>
    [Range(1, 100_000)]
    public int PageSize { get; set; } = 10_000;

    /// <summary>The retry delay after <paramref name="failures"/> failures in a row.</summary>
    public TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Min(failures - 1, 30))));
}
