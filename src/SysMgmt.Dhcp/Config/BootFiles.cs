namespace SysMgmt.Dhcp.Config;

/// <summary>
/// Which iPXE binary a PXE ROM gets over TFTP, by the client system architecture it sends in DHCP option 93
/// (RFC 4578; IANA "Processor Architecture Types"). Debian's <c>ipxe</c> package only builds x86, so other
/// architectures (32-bit UEFI, ARM) get no boot file.
/// </summary>
/// <param name="Bios">For x86 BIOS (architecture 0): <c>undionly.kpxe</c> chains through the NIC's own PXE stack.</param>
/// <param name="Uefi">For x86-64 UEFI (7, and 9, which some firmware sends for EFI BC): <c>ipxe.efi</c> with its own
/// NIC drivers, or <c>snponly.efi</c> through the firmware's network driver.</param>
public sealed record BootFiles(string Bios = "undionly.kpxe", string Uefi = "ipxe.efi")
{
    public const string DebianIpxeDirectory = "/usr/lib/ipxe";

    /// <summary>Option 93 values served, each with the dnsmasq tag that selects its boot file.</summary>
    public static IReadOnlyList<(ushort Architecture, string Tag)> Architectures { get; } =
        [(0, "bios"), (7, "efi64"), (9, "efi64")];

    /// <summary>The boot file for an option 93 value, or null when none is served for it.</summary>
    public string? For(ushort architecture) => Architectures.FirstOrDefault(a => a.Architecture == architecture).Tag switch
    {
        "bios" => Bios,
        "efi64" => Uefi,
        _ => null,
    };
}
