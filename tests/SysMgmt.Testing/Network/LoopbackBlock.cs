using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Testing.Network;

/// <summary>
/// A random 127.a.b.0/24 for tests that need the addresses around a block too: the block below ends at
/// 127.a.(b-1).255, the block above starts at 127.a.(b+1).0. Random octets keep parallel runs apart.
/// </summary>
public static class LoopbackBlock
{
    /// <summary>The first address of a random 127.a.b.0/24 with b from 1 to 254.</summary>
    public static IPAddress Next() => IPAddress.Parse($"127.{Random.Shared.Next(10, 250)}.{Random.Shared.Next(1, 255)}.0");

    /// <summary>The address <paramref name="offset"/> away from <paramref name="address"/> (negative goes down).</summary>
    public static IPAddress Offset(IPAddress address, long offset)
    {
        var bytes = address.GetAddressBytes();
        var number = ((long)bytes[0] << 24 | (long)bytes[1] << 16 | (long)bytes[2] << 8 | bytes[3]) + offset;
        return new IPAddress([(byte)(number >> 24), (byte)(number >> 16), (byte)(number >> 8), (byte)number]);
    }

    /// <summary>
    /// Starts listeners on the endpoints that <paramref name="endpoints"/> picks in a fresh block with fresh ports,
    /// taking another block if one is in use.
    /// </summary>
    public static ListeningBlock StartListeners(
        int portCount, Func<IPAddress, int[], IEnumerable<IPEndPoint>> endpoints, ListenerBehavior behavior = ListenerBehavior.Hang)
    {
        for (var attempt = 1; ; attempt++)
        {
            var block = Next();
            var ports = Enumerable.Range(0, portCount).Select(_ => LoopbackPorts.FindFree()).Distinct().ToArray();
            try
            {
                return new ListeningBlock(RecordingListeners.Start(endpoints(block, ports), behavior), block, ports);
            }
            catch (SocketException) when (attempt < 5)
            {
                // Another test holds one of the endpoints: take another block.
            }
        }
    }
}
