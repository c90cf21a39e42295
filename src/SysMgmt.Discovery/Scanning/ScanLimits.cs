namespace SysMgmt.Discovery.Scanning;

/// <summary>How large a block may be: a typo such as /8 for /24 must not start a scan of 16 million addresses.</summary>
public static class ScanLimits
{
    /// <summary>The shortest IPv4 prefix scanned without <see cref="ScanTargetOptions.AllowLarge"/> (65,534 hosts).</summary>
    public const int IPv4Prefix = 16;

    /// <summary>The shortest IPv6 prefix scanned without <see cref="ScanTargetOptions.AllowLarge"/> (65,535 hosts).</summary>
    public const int IPv6Prefix = 112;

    /// <summary>The shortest IPv6 prefix scanned at all (2^32 addresses); a /64 would never end.</summary>
    public const int IPv6PrefixAllowLarge = 96;
}
