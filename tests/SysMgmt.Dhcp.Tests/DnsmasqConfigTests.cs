using System.Net;
using SysMgmt.Dhcp.Config;

namespace SysMgmt.Dhcp.Tests;

public sealed class DnsmasqConfigTests
{
    private static readonly DnsmasqSettings s_settings = new(
        "eth1", IPAddress.Parse("192.0.2.100"), IPAddress.Parse("192.0.2.199"), new LeaseTime(2),
        new Uri("http://192.0.2.1:27778"), BootFiles.DebianIpxeDirectory, new BootFiles());

    [Theory]
    [InlineData(0, "undionly.kpxe")] // x86 BIOS
    [InlineData(7, "ipxe.efi")] // x86-64 UEFI
    [InlineData(9, "ipxe.efi")] // x86-64 UEFI (EFI BC)
    public void BootFiles_ServedArchitecture_GetsItsIpxeBinary(ushort architecture, string expected) =>
        Assert.Equal(expected, new BootFiles().For(architecture));

    [Theory]
    [InlineData(6)] // 32-bit UEFI
    [InlineData(11)] // ARM64 UEFI
    [InlineData(16)] // x86-64 UEFI HTTP boot
    public void BootFiles_OtherArchitecture_GetsNone(ushort architecture) => Assert.Null(new BootFiles().For(architecture));

    [Fact]
    public void BootFiles_Uefi_CanBeSnpOnly() => Assert.Equal("snponly.efi", new BootFiles(Uefi: "snponly.efi").For(7));

    [Fact]
    public void Render_Settings_ServesOneInterfaceWithPoolHostsDirectoryAndBootFilesByClientKind()
    {
        var lines = DnsmasqConfig.Render(s_settings, new DhcpDirectory("/srv/dhcp")).Split('\n');

        Assert.Contains("port=0", lines);
        Assert.Contains("interface=eth1", lines);
        Assert.Contains("bind-interfaces", lines);
        Assert.Contains("dhcp-range=192.0.2.100,192.0.2.199,2m", lines);
        Assert.Contains("dhcp-hostsdir=/srv/dhcp/hosts", lines);
        Assert.Contains("pid-file=/srv/dhcp/dnsmasq.pid", lines);
        Assert.Contains("tftp-root=/usr/lib/ipxe", lines);
        Assert.Contains("dhcp-userclass=set:ipxe,iPXE", lines);
        Assert.Contains("dhcp-boot=tag:ipxe,http://192.0.2.1:27778/boot/v1/bootscript?mac=${net0/mac}", lines);
        Assert.Contains("dhcp-match=set:bios,option:client-arch,0", lines);
        Assert.Contains("dhcp-match=set:efi64,option:client-arch,7", lines);
        Assert.Contains("dhcp-match=set:efi64,option:client-arch,9", lines);
        Assert.Contains("dhcp-boot=tag:!ipxe,tag:bios,undionly.kpxe", lines);
        Assert.Contains("dhcp-boot=tag:!ipxe,tag:efi64,ipxe.efi", lines);
    }

    [Fact]
    public void Validate_GoodSettings_NoProblems() => Assert.Empty(DnsmasqConfig.Validate(s_settings));

    [Fact]
    public void Validate_BadSettings_ReportsEveryProblem()
    {
        var problems = DnsmasqConfig.Validate(s_settings with
        {
            Interface = "eth1 dhcp-range=0.0.0.0",
            PoolStart = IPAddress.Parse("192.0.2.200"),
            Bss = new Uri("http://bss.example/" + new string('a', 120)),
            TftpRoot = "/srv/tftp\nenable-ra",
        });

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("not an interface name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("after its end", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("127 bytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cannot be written", StringComparison.Ordinal));
    }
}
