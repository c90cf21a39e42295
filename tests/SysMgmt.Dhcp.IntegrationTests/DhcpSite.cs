using SysMgmt.Dhcp.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Dhcp.IntegrationTests;

/// <summary>
/// A site as docs/dhcp.md sets it up: SMD with three nodes, <c>sysmgmt dhcp config</c>, one <c>follow --once</c>,
/// a stock dnsmasq started from those files in its own network namespace, then <c>sysmgmt dhcp follow</c> left running.
/// Shared by a test class; everything (dnsmasq and the namespaces included) goes away on dispose, even after a failure.
/// </summary>
public sealed class DhcpSite(PostgresServerFixture postgres) : IAsyncLifetime
{
    public const string BssUrl = "http://192.0.2.1:27778";
    public const string PoolFirst = "192.0.2.100";
    public const string PoolLast = "192.0.2.199";

    /// <summary>The nodes in SMD before dnsmasq starts: (xname, NID, MAC, address).</summary>
    public static readonly (string Xname, long? Nid, string Mac, string Address)[] KnownNodes =
    [
        ("x1000c0s0b0n0", 1, "02:00:c0:00:02:01", "192.0.2.11"),
        ("x1000c0s1b0n0", 2, "02:00:c0:00:02:02", "192.0.2.12"),
        ("x1000c0s2b0n0", 3, "02:00:c0:00:02:03", "192.0.2.13"),
    ];

    private readonly TemporaryDirectory _home = new();
    private SmdService? _smd;
    private DhcpNetwork? _network;
    private ServiceProcess? _follow;

    internal SmdService Smd => _smd!;

    internal DhcpNetwork Network => _network!;

    internal ServiceProcess Follow => _follow!;

    internal DhcpDirectory Directory => new(_home.File("dhcp"));

    internal CliProcess.Result Once { get; private set; } = null!;

    internal string TokenFile => _home.File("token");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await NetbootTools.RequireAsync();
        try
        {
            // dnsmasq reads the host directory after it drops root.
            File.SetUnixFileMode(_home.Path, (UnixFileMode)0b111_101_101);
            _smd = await SmdService.StartAsync(postgres.Server, ct);
            foreach (var (xname, nid, mac, address) in KnownNodes)
            {
                await _smd.AddNodeAsync(xname, nid, mac, address, ct);
            }

            await File.WriteAllTextAsync(TokenFile, _smd.ReadToken(), ct);
            _network = await DhcpNetwork.CreateAsync();
            var config = await CliProcess.RunAsync(["dhcp", "config", "--dir", Directory.Path, "--interface", DhcpNetwork.ServerInterface,
                "--pool", $"{PoolFirst}-{PoolLast}", "--bss", BssUrl]);
            Assert.True(config.ExitCode == 0, config.ToString());
            Once = await CliProcess.RunAsync(["dhcp", "follow", "--once", "--format", "json", ..FollowArguments()]);
            Assert.True(Once.ExitCode == 0, Once.ToString());
            await _network.StartDnsmasqAsync(Directory.ConfigFile, Directory.PidFile);
            _follow = StartFollow(FollowArguments());
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary><c>sysmgmt dhcp follow</c> in the background, as a sysadmin leaves it running.</summary>
    internal static ServiceProcess StartFollow(string[] arguments) =>
        ServiceProcess.StartCommand("sysmgmt.dll", new Dictionary<string, string>(), ["dhcp", "follow", .. arguments]);

    public string[] FollowArguments() => ["--dir", Directory.Path, "--smd-grpc", Smd.GrpcUrl, "--token-file", TokenFile];

    public async ValueTask DisposeAsync()
    {
        if (_follow is not null)
        {
            await _follow.DisposeAsync();
        }

        if (_network is not null)
        {
            await _network.DisposeAsync();
        }

        if (_smd is not null)
        {
            await _smd.DisposeAsync();
        }

        _home.Dispose();
    }
}
