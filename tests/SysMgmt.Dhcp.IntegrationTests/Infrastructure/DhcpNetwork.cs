using System.Diagnostics;
using SysMgmt.Testing.Files;

namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary>
/// Two network namespaces joined by a veth pair on 192.0.2.0/24 (documentation addresses), with no route anywhere
/// else: dnsmasq serves on one side, busybox udhcpc asks on the other with whatever MAC a test gives it. Disposing
/// stops dnsmasq and deletes both namespaces; namespaces that a killed test run left behind are deleted on the next.
/// </summary>
internal sealed class DhcpNetwork : IAsyncDisposable
{
    public const string ServerAddress = "192.0.2.1";
    public const string ServerInterface = "dhcp0";
    private const string ClientInterface = "pxe0";
    private const string Prefix = "sysmgmt-dhcp-";
    private static int s_count;

    private readonly string _server;
    private readonly string _client;
    private readonly TemporaryDirectory _scratch = new();
    private Process? _dnsmasq;

    private DhcpNetwork(string name)
    {
        _server = name + "-srv";
        _client = name + "-cli";
        // dnsmasq writes its log after it drops root.
        File.SetUnixFileMode(_scratch.Path, (UnixFileMode)0b111_101_101);
    }

    /// <summary>dnsmasq's own log (with --log-dhcp), for failure messages.</summary>
    public string DnsmasqLog => File.Exists(_scratch.File("dnsmasq.log")) ? File.ReadAllText(_scratch.File("dnsmasq.log")) : "";

    public int DnsmasqProcessId => _dnsmasq?.Id ?? throw new InvalidOperationException("dnsmasq is not running");

    public static async Task<DhcpNetwork> CreateAsync()
    {
        await RemoveStaleAsync();
        var network = new DhcpNetwork($"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref s_count)}");
        try
        {
            await Commands.RunAsync("ip", "netns", "add", network._server);
            await Commands.RunAsync("ip", "netns", "add", network._client);
            await Commands.RunAsync("ip", "link", "add", ServerInterface, "netns", network._server, "type", "veth", "peer", "name", ClientInterface, "netns", network._client);
            await Commands.RunAsync("ip", "-n", network._server, "addr", "add", $"{ServerAddress}/24", "dev", ServerInterface);
            foreach (var (ns, device) in new[] { (network._server, ServerInterface), (network._server, "lo"), (network._client, ClientInterface), (network._client, "lo") })
            {
                await Commands.RunAsync("ip", "-n", ns, "link", "set", device, "up");
            }

            return network;
        }
        catch
        {
            await network.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a stock dnsmasq in the server namespace with <paramref name="configFile"/>; waits for its pid file.</summary>
    public async Task StartDnsmasqAsync(string configFile, string pidFile)
    {
        _dnsmasq = Process.Start(new ProcessStartInfo("ip",
            ["netns", "exec", _server, "dnsmasq", $"--conf-file={configFile}", "--keep-in-foreground", "--log-dhcp", $"--log-facility={_scratch.File("dnsmasq.log")}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            Assert.False(_dnsmasq.HasExited, $"dnsmasq exited with {(_dnsmasq.HasExited ? _dnsmasq.ExitCode : 0)}: {await _dnsmasq.StandardError.ReadToEndAsync()}\n{DnsmasqLog}");
            Assert.True(DateTime.UtcNow < deadline, $"dnsmasq wrote no pid file {pidFile}\n{DnsmasqLog}");
            await Task.Delay(20);
        }
    }

    /// <summary>Asks for an address as <paramref name="mac"/>; null when no offer came.</summary>
    public async Task<Lease?> RequestAsync(string mac, ClientKind kind)
    {
        await Commands.RunAsync("ip", "-n", _client, "link", "set", ClientInterface, "down");
        await Commands.RunAsync("ip", "-n", _client, "link", "set", ClientInterface, "address", mac);
        await Commands.RunAsync("ip", "-n", _client, "link", "set", ClientInterface, "up");
        var script = _scratch.File("udhcpc.sh");
        var output = _scratch.File("lease.env");
        File.Delete(output);
        await File.WriteAllTextAsync(script, "#!/bin/sh\n[ \"$1\" = bound ] && env > \"$LEASE_FILE\"\nexit 0\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var (exitCode, log) = await Commands.TryRunAsync("ip",
            ["netns", "exec", _client, "busybox", "udhcpc", "-i", ClientInterface, "-f", "-q", "-n", "-t", "4", "-T", "1", "-s", script, .. kind.UdhcpcOptions()],
            new Dictionary<string, string> { ["LEASE_FILE"] = output });
        return exitCode == 0 && File.Exists(output) ? Lease.Parse(File.ReadAllLines(output)) : null;
    }

    /// <summary>Fetches a boot file over TFTP as the client holding <paramref name="lease"/>; returns its bytes.</summary>
    public async Task<byte[]> TftpGetAsync(Lease lease, string file)
    {
        var local = _scratch.File("tftp.bin");
        await Commands.RunAsync("ip", "-n", _client, "addr", "add", $"{lease.Address}/24", "dev", ClientInterface);
        try
        {
            await Commands.RunAsync("ip", "netns", "exec", _client, "busybox", "tftp", "-g", "-r", file, "-l", local, lease.NextServer ?? ServerAddress);
            return await File.ReadAllBytesAsync(local);
        }
        finally
        {
            await Commands.RunAsync("ip", "-n", _client, "addr", "flush", "dev", ClientInterface);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dnsmasq is { HasExited: false })
        {
            _dnsmasq.Kill(entireProcessTree: true);
            await _dnsmasq.WaitForExitAsync();
        }

        _dnsmasq?.Dispose();
        foreach (var ns in new[] { _client, _server })
        {
            await Commands.TryRunAsync("ip", ["netns", "delete", ns]);
        }

        _scratch.Dispose();
    }

    /// <summary>Deletes the namespaces of test processes that no longer run (killed before they could clean up).</summary>
    private static async Task RemoveStaleAsync()
    {
        var (_, list) = await Commands.TryRunAsync("ip", ["netns", "list"]);
        foreach (var name in list.Split('\n').Select(l => l.Split(' ')[0]).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var owner = name[Prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && pid != Environment.ProcessId && !Directory.Exists($"/proc/{pid}"))
            {
                await Commands.TryRunAsync("ip", ["netns", "delete", name]);
            }
        }
    }
}
