using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Cache;

/// <summary>
/// A BMC the scans found, as the cache keeps it (keyed by scheme, host and port): when it was first and last seen,
/// when it was last scanned, and what that scan found. <see cref="State"/> is true while the last scan found it.
/// </summary>
public sealed record DiscoveredBmc
{
    /// <summary>Where the BMC answers.</summary>
    public required ScanTarget Target { get; init; }

    /// <summary>The first scan that found it.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>The last scan that found it.</summary>
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>The last scan that looked at it, whether it found it or not.</summary>
    public required DateTimeOffset LastScanned { get; init; }

    /// <summary>The last scan's finding.</summary>
    public required ScanStatus Status { get; init; }

    /// <summary>The last scan found it (a Redfish service, or an open port when probing was off).</summary>
    public bool State => Status is ScanStatus.Redfish or ScanStatus.Open;

    /// <summary><c>Redfish</c> once a probe confirmed a Redfish service there (magellan's <c>service_type</c>).</summary>
    public string? ServiceType { get; init; }

    public string? RedfishVersion { get; init; }

    public string? Vendor { get; init; }

    public string? Product { get; init; }

    public string? Uuid { get; init; }

    /// <summary>E.g. <c>https://127.1.2.3:443</c>, the port always written.</summary>
    public string Url => Target.Url;

    public Uri BaseUri => Target.BaseUri;

    /// <summary>A new entry for a result that found something, else null (the cache does not keep empty addresses).</summary>
    public static DiscoveredBmc? Create(ScanResult result, DateTimeOffset now) => result.Found
        ? new DiscoveredBmc { Target = result.Target, FirstSeen = now, LastSeen = now, LastScanned = now, Status = result.Status }.WithServiceRoot(result)
        : null;

    /// <summary>This entry after another scan of the same target.</summary>
    public DiscoveredBmc Observe(ScanResult result, DateTimeOffset now) => (this with
    {
        Status = result.Status,
        LastScanned = now,
        LastSeen = result.Found ? now : LastSeen,
    }).WithServiceRoot(result);

    /// <summary>A probe that found Redfish replaces what was known; any other result keeps the last service details.</summary>
    private DiscoveredBmc WithServiceRoot(ScanResult result) => result.ServiceRoot is { } root && result.Status == ScanStatus.Redfish
        ? this with { ServiceType = "Redfish", RedfishVersion = root.RedfishVersion, Vendor = root.Vendor, Product = root.Product, Uuid = root.UUID }
        : this;
}
