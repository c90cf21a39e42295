using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SysMgmt.Testing;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// The embedded PostgreSQL of <c>scripts/up</c> (scripts/lib/postgres.sh), driven directly: the port race that two
/// scripts/up runs starting together can lose, made deterministic by taking the port between the check and the bind.
/// </summary>
public sealed class EmbeddedPostgresScriptTests : IDisposable
{
    private readonly string _home;

    public EmbeddedPostgresScriptTests() => _home = TemporaryHome.Create("sysmgmt-pg-");

    /// <summary>Sources the scripts' libraries and starts the embedded PostgreSQL in the test's home (stopped on exit).</summary>
    private const string StartScript =
        """
        set -euo pipefail
        source "$SYSMGMT_TEST_ROOT/scripts/lib/common.sh"
        source "$SYSMGMT_TEST_ROOT/scripts/lib/postgres.sh"
        trap 'pg_embedded_stop "$SYSMGMT_TEST_HOME"' EXIT
        {0}
        pg_embedded_start "$SYSMGMT_TEST_HOME"
        echo "started=$PG_STARTED_HERE port=$PG_PORT"
        """;

    [Fact]
    public async Task FirstStart_PortTakenBetweenCheckAndBind_MovesOnToTheNextPortAndRemembersIt()
    {
        // The first candidate port is held by this test, while every check the script makes says it is free: what
        // happens when another program binds it just after the check, and perhaps lets it go just after the bind.
        using var holder = Listen(0);
        var held = ((IPEndPoint)holder.LocalEndpoint).Port;
        const string checkSaysFree =
            """
            eval "real_$(declare -f port_in_use)"
            port_in_use() { [[ "$1" != "$SYSMGMT_PG_FIRST_PORT" ]] && real_port_in_use "$1"; }
            """;

        var output = await StartAsync(held, checkSaysFree);

        Assert.Contains($"port {held} was taken while PostgreSQL started", output, StringComparison.Ordinal);
        var port = PortOf(output);
        Assert.True(port > held, $"PostgreSQL should have moved past the held port {held}:\n{output}");
        Assert.Contains("started=1", output, StringComparison.Ordinal);
        Assert.Equal(port, int.Parse(File.ReadAllText(Path.Combine(_home, "pg.port")), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task NextStart_RememberedPortTakenMeanwhile_WarnsAndUsesAnotherPort()
    {
        var first = PortOf(await StartAsync(LoopbackPorts.FindFree()));
        using var holder = Listen(first);

        var output = await StartAsync(LoopbackPorts.FindFree());

        Assert.Contains($"warning: port {first} (from {_home}/pg.port) is taken by another program", output, StringComparison.Ordinal);
        var second = PortOf(output);
        Assert.NotEqual(first, second);
        Assert.Equal(second, int.Parse(File.ReadAllText(Path.Combine(_home, "pg.port")), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Start_HomeInsideAPrivateDirectory_KeepsTheClusterWhereThePostgresUserReachesIt()
    {
        // A checkout in root's home (mode 0700), as a new user clones it: the postgres user cannot enter it.
        var parent = Directory.CreateTempSubdirectory("sysmgmt-private-").FullName;
        var pgRoot = TemporaryHome.Create("sysmgmt-pgroot-");
        try
        {
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var home = Directory.CreateDirectory(Path.Combine(parent, "checkout", ".sysmgmt")).FullName;

            var output = await StartAsync(LoopbackPorts.FindFree(), home: home, pgRoot: pgRoot);

            Assert.Contains("started=1", output, StringComparison.Ordinal);
            if (Environment.UserName == "root")
            {
                Assert.Contains($"keeps its data in {pgRoot}/pg-", output, StringComparison.Ordinal);
                Assert.StartsWith(pgRoot + "/pg-", new DirectoryInfo(Path.Combine(home, "pg")).LinkTarget, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
            Directory.Delete(pgRoot, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    private static int PortOf(string output) => int.Parse(output.Split("port=")[^1].Trim(), CultureInfo.InvariantCulture);

    /// <summary>Runs <see cref="StartScript"/> with <paramref name="setup"/> after the libraries are sourced; returns its output.</summary>
    private async Task<string> StartAsync(int firstPort, string setup = "", string? home = null, string? pgRoot = null)
    {
        var startInfo = new ProcessStartInfo("bash");
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(StartScript.Replace("{0}", setup, StringComparison.Ordinal));
        startInfo.Environment["SYSMGMT_TEST_ROOT"] = RepositoryPaths.Root;
        startInfo.Environment["SYSMGMT_TEST_HOME"] = home ?? _home;
        if (pgRoot is not null)
        {
            startInfo.Environment["SYSMGMT_PG_ROOT"] = pgRoot;
        }

        startInfo.Environment["SYSMGMT_PG_FIRST_PORT"] = firstPort.ToString(CultureInfo.InvariantCulture);
        var (exitCode, output) = await ScriptRun.RunAsync(startInfo, TimeSpan.FromMinutes(2));
        Assert.True(exitCode == 0, $"pg_embedded_start failed ({exitCode}):\n{output}");
        return output;
    }
}
