using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SysMgmt.Core.Networking;

namespace SysMgmt.Discovery.Scanning;

/// <summary>
/// A CIDR block. The network address is computed from the prefix, so <c>10.0.0.5/24</c> is <c>10.0.0.0/24</c> (magellan
/// scanned 10.0.0.6–10.0.1.4 for it, spilling into the next subnet).
/// </summary>
public sealed record Subnet
{
    private Subnet(IPAddress network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    public IPAddress Network { get; }

    public int PrefixLength { get; }

    public AddressFamily Family => Network.AddressFamily;

    /// <summary>Every address of the block, network and broadcast included (what an exclusion removes).</summary>
    public AddressRange Block
    {
        get
        {
            var network = IpNumbers.ToNumber(Network);
            return new AddressRange(Family, network, network | IpNumbers.HostMask(Family, PrefixLength));
        }
    }

    /// <summary>
    /// The addresses a host can have: IPv4 blocks up to /30 lose their network and broadcast addresses, a /31 keeps
    /// both (RFC 3021 point-to-point) and a /32 is one host. IPv6 has no broadcast, but up to /126 the all-zero
    /// address is the Subnet-Router anycast (RFC 4291), not a host; a /127 keeps both (RFC 6164).
    /// </summary>
    public AddressRange Hosts
    {
        get
        {
            var block = Block;
            var width = IpNumbers.BitWidth(Family);
            return (Family, width - PrefixLength) switch
            {
                (_, <= 1) => block,
                (AddressFamily.InterNetwork, _) => new AddressRange(Family, block.First + 1, block.Last - 1),
                _ => block with { First = block.First + 1 },
            };
        }
    }

    /// <summary>
    /// Parses <c>address/prefix</c>, or a bare IPv4 address that takes <paramref name="bareIPv4PrefixLength"/> (the
    /// subnet mask). A bare IPv6 address must say its prefix: no mask default makes sense for it.
    /// </summary>
    public static bool TryParse(string text, int bareIPv4PrefixLength, out Subnet subnet, out string error)
    {
        subnet = null!;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text.Trim() : text[..slash].Trim();
        if (!IpAddresses.TryNormalize(addressText, out var normalized, out error))
        {
            error = $"subnet '{text}': {error}";
            return false;
        }

        var address = IPAddress.Parse(normalized);
        var width = IpNumbers.BitWidth(address.AddressFamily);
        int prefixLength;
        if (slash < 0)
        {
            if (address.AddressFamily != AddressFamily.InterNetwork)
            {
                error = $"subnet '{text}' has no prefix length: write it as {normalized}/120, for example (the subnet mask applies to bare IPv4 addresses only)";
                return false;
            }

            prefixLength = bareIPv4PrefixLength;
        }
        else if (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefixLength) || prefixLength > width)
        {
            error = $"subnet '{text}': the prefix length must be a number from 0 to {width}";
            return false;
        }

        var number = IpNumbers.ToNumber(address) & ~IpNumbers.HostMask(address.AddressFamily, prefixLength);
        subnet = new Subnet(IpNumbers.FromNumber(address.AddressFamily, number), prefixLength);
        error = string.Empty;
        return true;
    }

    public override string ToString() => $"{Network}/{PrefixLength}";
}
