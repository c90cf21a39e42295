using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace SysMgmt.Dhcp.Config;

/// <summary>
/// The dnsmasq configuration for a stock dnsmasq (<c>dnsmasq --conf-file=…</c>): DHCP and TFTP on one interface, no
/// DNS, the pool for unknown MACs, the host directory that <c>sysmgmt dhcp follow</c> keeps, and the boot file by
/// client kind: iPXE (user class "iPXE", or option 175) chains to BSS, a PXE ROM gets iPXE by its architecture.
/// </summary>
public static partial class DnsmasqConfig
{
    /// <summary>The BOOTP file field that carries the boot file name holds 128 bytes, NUL included.</summary>
    public const int MaxBootFileLength = 127;

    /// <summary>Every problem with the settings (none: they can be rendered).</summary>
    public static IReadOnlyList<string> Validate(DnsmasqSettings settings)
    {
        var problems = new List<string>();
        if (!InterfaceName().IsMatch(settings.Interface))
        {
            problems.Add($"'{settings.Interface}' is not an interface name");
        }

        if (settings.PoolStart.AddressFamily != AddressFamily.InterNetwork || settings.PoolEnd.AddressFamily != AddressFamily.InterNetwork)
        {
            problems.Add("the pool must be IPv4 addresses");
        }
        else if (ToNumber(settings.PoolStart) > ToNumber(settings.PoolEnd))
        {
            problems.Add($"the pool starts at {settings.PoolStart}, after its end {settings.PoolEnd}");
        }

        if (settings.Bss.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(settings.Bss.Query))
        {
            problems.Add($"'{settings.Bss}' is not a BSS base URL: expected http://host[:port]");
        }
        else if (Encoding.UTF8.GetByteCount(settings.BootScriptUrl) > MaxBootFileLength)
        {
            problems.Add($"the bootscript URL {settings.BootScriptUrl} is longer than the {MaxBootFileLength} bytes of DHCP's file field");
        }

        foreach (var value in new[] { settings.TftpRoot, settings.BootFiles.Bios, settings.BootFiles.Uefi })
        {
            if (value.Length == 0 || value.Any(c => char.IsControl(c) || c == ','))
            {
                problems.Add($"'{value}' cannot be written in dnsmasq's configuration");
            }
        }

        return problems;
    }

    public static string Render(DnsmasqSettings settings, DhcpDirectory directory)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Line($"# dnsmasq configuration written by `sysmgmt dhcp config`. Start: dnsmasq --conf-file={directory.ConfigFile}");
        Line($"# DHCP and TFTP only (no DNS), on {settings.Interface} alone.");
        Line($"port=0");
        Line($"interface={settings.Interface}");
        Line($"bind-interfaces");
        Line($"dhcp-authoritative");
        Line($"pid-file={directory.PidFile}");
        Line($"dhcp-leasefile={directory.LeaseFile}");
        Line($"# MACs that SMD does not know get a short lease from the pool, so they come back soon after discovery.");
        Line($"dhcp-range={settings.PoolStart},{settings.PoolEnd},{settings.PoolLease}");
        Line($"# Known MACs (address, hostname, lease), kept by `sysmgmt dhcp follow`; dnsmasq rereads the directory on change.");
        Line($"dhcp-hostsdir={directory.HostsDirectory}");
        Line($"enable-tftp");
        Line($"tftp-root={settings.TftpRoot}");
        Line($"# iPXE says who it is with user class \"iPXE\" and option 175: it chains to BSS with its MAC.");
        Line($"dhcp-userclass=set:ipxe,iPXE");
        Line($"dhcp-match=set:ipxe,175");
        Line($"dhcp-boot=tag:ipxe,{settings.BootScriptUrl}");
        Line($"# A PXE ROM gets iPXE over TFTP by its architecture (option 93): 0 BIOS, 7 and 9 x86-64 UEFI.");
        foreach (var (architecture, tag) in BootFiles.Architectures)
        {
            Line($"dhcp-match=set:{tag},option:client-arch,{architecture}");
        }

        foreach (var tag in BootFiles.Architectures.Select(a => a.Tag).Distinct())
        {
            var architecture = BootFiles.Architectures.First(a => a.Tag == tag).Architecture;
            Line($"dhcp-boot=tag:!ipxe,tag:{tag},{settings.BootFiles.For(architecture)}");
        }

        return text.ToString();
    }

    private static uint ToNumber(IPAddress address) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes());

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,15}$")]
    private static partial Regex InterfaceName();
}
