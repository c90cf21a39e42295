using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Discovery.Scanning;

/// <summary>IP addresses as numbers, so that subnets, ranges and exclusions are arithmetic.</summary>
internal static class IpNumbers
{
    public static int BitWidth(AddressFamily family) => family == AddressFamily.InterNetwork ? 32 : 128;

    public static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    public static IPAddress FromNumber(AddressFamily family, UInt128 number)
    {
        if (family == AddressFamily.InterNetwork)
        {
            Span<byte> v4 = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)number);
            return new IPAddress(v4);
        }

        Span<byte> v6 = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(v6, number);
        return new IPAddress(v6);
    }

    /// <summary>The number with the low <c>width - prefixLength</c> bits set: the host part of a prefix.</summary>
    public static UInt128 HostMask(AddressFamily family, int prefixLength)
    {
        var hostBits = BitWidth(family) - prefixLength;
        return hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
    }
}
