using System.Net;
using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.CloudInit;

/// <summary>
/// Which address a cloud-init request comes from: the connection's peer, or, only when that peer is a configured
/// trusted proxy, the nearest address in <c>X-Forwarded-For</c> that is not itself a trusted proxy. The anchors
/// believe the header from anyone, so any host could ask for any node's data.
/// </summary>
internal sealed class ClientAddressResolver
{
    private readonly IPNetwork[] _trusted;

    public ClientAddressResolver(IOptions<BssOptions> options)
    {
        _trusted = [.. options.Value.CloudInit.TrustedProxies.Select(ParseNetwork)];
    }

    /// <summary>The canonical client address, or null when the connection has none (in-process test servers).</summary>
    public string? Resolve(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } peer)
        {
            return null;
        }

        peer = Canonical(peer);
        if (!IsTrusted(peer) || !context.Request.Headers.TryGetValue("X-Forwarded-For", out var header))
        {
            return peer.ToString();
        }

        var hops = header.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        for (var i = hops.Length - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(hops[i], out var hop))
            {
                // A hop we cannot read: the chain cannot be followed past it, so trust nothing beyond the proxy.
                return peer.ToString();
            }

            hop = Canonical(hop);
            if (!IsTrusted(hop) || i == 0)
            {
                return hop.ToString();
            }
        }

        return peer.ToString();
    }

    private bool IsTrusted(IPAddress address) => _trusted.Any(network => network.Contains(address));

    private static IPAddress Canonical(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static IPNetwork ParseNetwork(string text) =>
        IPAddress.TryParse(text, out var single)
            ? new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : IPNetwork.Parse(text);
}
