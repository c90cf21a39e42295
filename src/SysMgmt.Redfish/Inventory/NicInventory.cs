using SysMgmt.Core.Networking;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>An EthernetInterface with its MAC normalised (<c>aa:bb:cc:dd:ee:ff</c>), or why it has none.</summary>
public sealed record NicInventory(EthernetInterface Interface, string? Mac, string? MacProblem)
{
    /// <summary>
    /// Normalises <c>MACAddress</c> (else <c>PermanentMACAddress</c>) whatever its form: colon, dash or dotted,
    /// any case. <c>Not Available</c> and other junk give a null <see cref="Mac"/> and a <see cref="MacProblem"/>.
    /// </summary>
    public static NicInventory From(EthernetInterface nic)
    {
        var raw = string.IsNullOrWhiteSpace(nic.MACAddress) ? nic.PermanentMACAddress : nic.MACAddress;
        return MacAddress.TryNormalize(raw, out var mac, out var problem)
            ? new NicInventory(nic, mac, null)
            : new NicInventory(nic, null, problem);
    }

    /// <summary>The first IPv4 address the BMC reports, static or assigned.</summary>
    public string? FirstIPv4 =>
        (Interface.IPv4Addresses ?? []).Concat(Interface.IPv4StaticAddresses ?? [])
            .Select(a => a.Address).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
}
