namespace SysMgmt.Discovery.Scanning;

/// <summary>The URL schemes a BMC is probed with.</summary>
public static class ScanSchemes
{
    public const string Https = "https";

    public const string Http = "http";

    /// <summary>The scheme in lower case when it is one of ours, else null.</summary>
    public static string? Normalize(string scheme) => scheme.ToLowerInvariant() switch
    {
        Https => Https,
        Http => Http,
        _ => null,
    };
}
