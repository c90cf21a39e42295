using System.Collections.Frozen;
using System.Net;
using SysMgmt.RedfishEmulator.Bmcs;

namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>Finds the BMC a connection belongs to from the local address and port it arrived on.</summary>
internal sealed class BmcDirectory(IReadOnlyList<EmulatedBmc> bmcs)
{
    private readonly FrozenDictionary<ulong, EmulatedBmc> _byEndpoint =
        bmcs.ToFrozenDictionary(b => Key(b.Endpoint.Address, b.Endpoint.Port));

    public IReadOnlyList<EmulatedBmc> All { get; } = bmcs;

    public EmulatedBmc? Find(IPAddress? localAddress, int localPort) =>
        localAddress is null ? null : _byEndpoint.GetValueOrDefault(Key(localAddress, localPort));

    private static ulong Key(IPAddress address, int port) => ((ulong)IPv4.ToNumber(address) << 16) | (uint)port;
}
