using System.Net;

namespace SysMgmt.Dhcp.Config;

/// <summary>What <c>sysmgmt dhcp config</c> puts in dnsmasq's configuration.</summary>
/// <param name="Interface">The interface dnsmasq serves (and binds to; it answers nowhere else).</param>
/// <param name="PoolStart">First address of the pool for MACs that SMD does not know (or knows without an address).</param>
/// <param name="PoolEnd">Last address of that pool.</param>
/// <param name="PoolLease">Lease length in the pool: short, so that an unknown node comes back soon after discovery.</param>
/// <param name="Bss">BSS's base URL; iPXE clients get its bootscript URL with their MAC.</param>
/// <param name="TftpRoot">The directory served over TFTP, holding the boot files.</param>
/// <param name="BootFiles">The iPXE binaries for PXE ROMs, by architecture.</param>
public sealed record DnsmasqSettings(
    string Interface,
    IPAddress PoolStart,
    IPAddress PoolEnd,
    LeaseTime PoolLease,
    Uri Bss,
    string TftpRoot,
    BootFiles BootFiles)
{
    /// <summary>The URL an iPXE client chains to; iPXE itself expands <c>${net0/mac}</c> in the DHCP file name.</summary>
    public string BootScriptUrl => $"{Bss.AbsoluteUri.TrimEnd('/')}/boot/v1/bootscript?mac=${{net0/mac}}";
}
