namespace SysMgmt.Discovery.Scanning;

/// <summary>What to scan, as the user said it (the text of <c>sysmgmt discover scan</c>'s arguments).</summary>
public sealed class ScanTargetOptions
{
    /// <summary>Hosts, <c>host:port</c>, URLs, or CIDR blocks.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>CIDR blocks, or bare IPv4 addresses that take <see cref="SubnetMask"/>.</summary>
    public IReadOnlyList<string> Subnets { get; init; } = [];

    /// <summary>The mask of a bare IPv4 address in <see cref="Subnets"/>: dotted or a prefix length.</summary>
    public string SubnetMask { get; init; } = Scanning.SubnetMask.Default;

    /// <summary>Every port is scanned on every host, except a host whose own text names a port.</summary>
    public IReadOnlyList<int> Ports { get; init; } = [443];

    /// <summary>The scheme of hosts whose text does not name one.</summary>
    public string Scheme { get; init; } = ScanSchemes.Https;

    /// <summary>Addresses, CIDR blocks or ranges <c>first-last</c> never to contact.</summary>
    public IReadOnlyList<string> Exclusions { get; init; } = [];

    /// <summary>Accept IPv4 blocks larger than /16 and IPv6 blocks larger than /112 (up to /96).</summary>
    public bool AllowLarge { get; init; }
}
