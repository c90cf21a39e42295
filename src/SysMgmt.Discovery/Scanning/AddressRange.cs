using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Discovery.Scanning;

/// <summary>The addresses from <see cref="First"/> to <see cref="Last"/>, both included, of one address family.</summary>
public readonly record struct AddressRange(AddressFamily Family, UInt128 First, UInt128 Last)
{
    public static AddressRange Single(IPAddress address)
    {
        var number = IpNumbers.ToNumber(address);
        return new AddressRange(address.AddressFamily, number, number);
    }

    /// <summary>How many addresses; the scanner refuses ranges whose size does not fit (see <see cref="Subnet"/>).</summary>
    public UInt128 Count => Last - First + 1;

    public IPAddress FirstAddress => IpNumbers.FromNumber(Family, First);

    public IPAddress LastAddress => IpNumbers.FromNumber(Family, Last);

    public bool Contains(IPAddress address) =>
        address.AddressFamily == Family && IpNumbers.ToNumber(address) is var number && number >= First && number <= Last;

    /// <summary>Each address in order, made as it is asked for (a /16 costs nothing up front).</summary>
    public IEnumerable<IPAddress> Addresses()
    {
        for (var number = First; ; number++)
        {
            yield return IpNumbers.FromNumber(Family, number);
            if (number == Last)
            {
                yield break;
            }
        }
    }

    public override string ToString() => First == Last ? $"{FirstAddress}" : $"{FirstAddress}-{LastAddress}";
}
