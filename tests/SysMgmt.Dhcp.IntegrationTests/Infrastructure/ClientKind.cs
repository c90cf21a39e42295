namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary>Who asks for an address, as DHCP tells them apart, with the udhcpc options that act so.</summary>
internal enum ClientKind
{
    /// <summary>An operating system's DHCP client: no PXE options.</summary>
    Plain,

    /// <summary>A BIOS PXE ROM: client architecture (option 93) 0 and the PXEClient vendor class.</summary>
    BiosPxe,

    /// <summary>An x86-64 UEFI PXE client: client architecture 7.</summary>
    UefiPxe,

    /// <summary>iPXE (loaded from TFTP on a BIOS machine): user class "iPXE" beside architecture 0.</summary>
    Ipxe,
}

internal static class ClientKindOptions
{
    public static string[] UdhcpcOptions(this ClientKind kind) => kind switch
    {
        ClientKind.Plain => [],
        ClientKind.BiosPxe => ["-x", "0x5d:0000", "-V", "PXEClient:Arch:00000:UNDI:002001"],
        ClientKind.UefiPxe => ["-x", "0x5d:0007", "-V", "PXEClient:Arch:00007:UNDI:003016"],
        ClientKind.Ipxe => ["-x", "0x5d:0000", "-x", "0x4d:69505845", "-V", "PXEClient:Arch:00000:UNDI:002001"], // 0x4d: user class, "iPXE"
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
