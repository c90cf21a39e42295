using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Spectre.Console;
using SysMgmt.Dhcp;
using SysMgmt.Dhcp.Config;
using SysMgmt.Dhcp.Dnsmasq;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>
/// <c>sysmgmt dhcp config</c>: writes the configuration a stock dnsmasq starts with (<c>dnsmasq --conf-file=…</c>).
/// It needs no SMD; run it again after changing an option, then restart dnsmasq.
/// </summary>
internal sealed class DhcpConfigCommand : BaseCommand
{
    private static readonly Option<DirectoryInfo> s_directory = DhcpDirectoryOption.Create();

    private static readonly Option<string> s_interface = new("--interface", "-i")
    {
        Description = "Interface dnsmasq serves (it answers on no other)",
        Required = true,
    };

    private static readonly Option<string> s_pool = new("--pool")
    {
        Description = "Addresses for MACs that SMD does not know, as FIRST-LAST (e.g. 192.0.2.100-192.0.2.199)",
        Required = true,
    };

    private static readonly Option<string> s_poolLease = new("--pool-lease")
    {
        Description = "Lease time in the pool, short so unknown nodes come back soon (m, h or d; at least 2m)",
        DefaultValueFactory = _ => "2m",
    };

    private static readonly Option<string> s_bss = new("--bss")
    {
        Description = "BSS's URL as booting nodes reach it; iPXE chains to <bss>/boot/v1/bootscript?mac=${net0/mac}",
        Required = true,
    };

    private static readonly Option<string> s_tftpRoot = new("--tftp-root")
    {
        Description = "Directory served over TFTP, holding the iPXE binaries (Debian's ipxe package)",
        DefaultValueFactory = _ => BootFiles.DebianIpxeDirectory,
    };

    private static readonly Option<string> s_biosBootFile = new("--bios-boot-file")
    {
        Description = "iPXE binary for x86 BIOS PXE ROMs (client architecture 0)",
        DefaultValueFactory = _ => new BootFiles().Bios,
    };

    private static readonly Option<string> s_uefiBootFile = new("--uefi-boot-file")
    {
        Description = "iPXE binary for x86-64 UEFI PXE (client architectures 7 and 9); snponly.efi uses the firmware's NIC driver",
        DefaultValueFactory = _ => new BootFiles().Uefi,
    };

    private readonly CliConsole _console;

    public DhcpConfigCommand(CliConsole console)
        : base("config", "Write dnsmasq's configuration: interface, pool, TFTP and the boot file by client kind")
    {
        _console = console;
        foreach (var option in new Option[] { s_directory, s_interface, s_pool, s_poolLease, s_bss, s_tftpRoot, s_biosBootFile, s_uefiBootFile })
        {
            Options.Add(option);
        }
    }

    protected override Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!TryReadSettings(parseResult, out var settings, out var problems))
        {
            problems.ForEach(_console.Error);
            return Task.FromResult(ExitCodes.InvalidUsage);
        }

        var directory = new DhcpDirectory(parseResult.GetValue(s_directory)!.FullName);
        foreach (var file in new[] { settings.BootFiles.Bios, settings.BootFiles.Uefi }.Select(f => Path.Combine(settings.TftpRoot, f)).Where(f => !File.Exists(f)))
        {
            _console.Warning($"{file} does not exist: install Debian's ipxe package (scripts/lib/netboot.sh) or give --tftp-root");
        }

        bool changed;
        try
        {
            Directory.CreateDirectory(directory.HostsDirectory);
            changed = AtomicFile.WriteIfChanged(directory.ConfigFile, DnsmasqConfig.Render(settings, directory), out _);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _console.Error($"cannot write {directory.ConfigFile}: {exception.Message}");
            return Task.FromResult(ExitCodes.Unavailable);
        }

        _console.Messages.MarkupLineInterpolated($"{(changed ? "Wrote" : "Unchanged:")} {directory.ConfigFile}");
        _console.Messages.MarkupLineInterpolated($"Start dnsmasq with: dnsmasq --conf-file={directory.ConfigFile}");
        _console.Messages.MarkupLineInterpolated($"and keep its hosts with: sysmgmt dhcp follow --dir {directory.Path}");
        return Task.FromResult(ExitCodes.Success);
    }

    private static bool TryReadSettings(ParseResult parseResult, out DnsmasqSettings settings, out List<string> problems)
    {
        settings = null!;
        problems = [];
        var pool = parseResult.GetValue(s_pool)!.Split('-', 2, StringSplitOptions.TrimEntries);
        if (pool.Length != 2 || !IsIPv4(pool[0], out var start) || !IsIPv4(pool[1], out var end))
        {
            problems.Add($"'{parseResult.GetValue(s_pool)}' is not a pool: expected FIRST-LAST IPv4 addresses such as 192.0.2.100-192.0.2.199");
            start = end = IPAddress.None;
        }

        if (!LeaseTime.TryParse(parseResult.GetValue(s_poolLease), out var poolLease, out var leaseError))
        {
            problems.Add($"--pool-lease: {leaseError}");
        }

        if (!Uri.TryCreate(parseResult.GetValue(s_bss), UriKind.Absolute, out var bss))
        {
            problems.Add($"'{parseResult.GetValue(s_bss)}' is not a BSS URL: expected http://host[:port]");
        }

        if (problems.Count > 0)
        {
            return false;
        }

        settings = new DnsmasqSettings(parseResult.GetValue(s_interface)!, start, end, poolLease, bss!, parseResult.GetValue(s_tftpRoot)!,
            new BootFiles(parseResult.GetValue(s_biosBootFile)!, parseResult.GetValue(s_uefiBootFile)!));
        problems.AddRange(DnsmasqConfig.Validate(settings));
        return problems.Count == 0;
    }

    private static bool IsIPv4(string text, out IPAddress address) =>
        IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetwork;
}
