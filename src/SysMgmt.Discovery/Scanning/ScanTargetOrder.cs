using System.Net.Sockets;

namespace SysMgmt.Discovery.Scanning;

/// <summary>The order people read targets in: IPv4 then IPv6 by address value, then names; then port and scheme.</summary>
public sealed class ScanTargetOrder : IComparer<ScanTarget>
{
    public static ScanTargetOrder Instance { get; } = new();

    public int Compare(ScanTarget? x, ScanTarget? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }

        var byHost = (x.Address, y.Address) switch
        {
            ({ } a, { } b) when a.AddressFamily != b.AddressFamily => a.AddressFamily == AddressFamily.InterNetwork ? -1 : 1,
            ({ } a, { } b) => IpNumbers.ToNumber(a).CompareTo(IpNumbers.ToNumber(b)),
            (null, null) => string.CompareOrdinal(x.Host, y.Host),
            (var a, _) => a is null ? 1 : -1,
        };
        return byHost != 0 ? byHost : x.Port != y.Port ? x.Port.CompareTo(y.Port) : string.CompareOrdinal(x.Scheme, y.Scheme);
    }
}
