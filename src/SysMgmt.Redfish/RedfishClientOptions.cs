using System.ComponentModel.DataAnnotations;

namespace SysMgmt.Redfish;

/// <summary>How the Redfish client talks to BMCs (section <c>Redfish</c>, env <c>Redfish__RequestTimeout</c> etc.).</summary>
public sealed class RedfishClientOptions
{
    public const string SectionName = "Redfish";

    /// <summary>The first authentication tried.</summary>
    public RedfishAuthMode Authentication { get; set; } = RedfishAuthMode.Session;

    /// <summary>Try the other mode when the first is unavailable or refused (session-only and Basic-only BMCs).</summary>
    public bool AuthenticationFallback { get; set; } = true;

    /// <summary>Accept any BMC certificate. BMCs often have self-signed ones; prefer <see cref="CaBundlePath"/>.</summary>
    public bool Insecure { get; set; }

    /// <summary>A PEM file of CA certificates that BMC certificates must chain to (instead of the system store).</summary>
    public string? CaBundlePath { get; set; }

    /// <summary>The most one request (one attempt) may take, connect and body included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most all work with one BMC may take, counted from the client's creation.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BmcDeadline { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after a 5xx, a connection error or a timeout (0 = none).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Requests in flight to one BMC at a time, and so its TLS connections. BMCs are small computers that pay dearly
    /// for each handshake (and some limit their connections); the client pays too: collecting 1,000 emulated BMCs
    /// with 4 took 40% more CPU on both sides than with 2, and was no faster.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentRequestsPerBmc { get; set; } = 2;

    /// <summary>Use <c>$expand</c> for collections when the ServiceRoot advertises it.</summary>
    public bool UseExpand { get; set; } = true;

    /// <summary>Stop following <c>Members@odata.nextLink</c> after this many pages (a BMC that loops).</summary>
    [Range(1, 100_000)]
    public int MaxCollectionPages { get; set; } = 1000;
}
