using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SysMgmt.Testing;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// The embedded PostgreSQL of <c>scripts/up</c> (scripts/lib/postgres.sh), driven directly: the port race that two
/// scripts/up runs starting together can lose, made deterministic by taking the port between the check and the bind.
/// </summary>
public sealed class EmbeddedPostgresScriptTests : IDisposable
{
    private readonly string _home;

    public EmbeddedPostgresScriptTests()
    {
        // World-traversable, because the embedded PostgreSQL runs as the postgres user when the tests run as root.
        _home = Directory.CreateTempSubdirectory("sysmgmt-pg-").FullName;
        File.SetUnixFileMode(_home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    [Fact]
    public async Task FirstStart_PortTakenBetweenCheckAndBind_MovesOnToTheNextPortAndRemembersIt()
    {
        // The first candidate port is held by this test, while the check the script makes says it is free: exactly
        // what happens when another program binds it a moment after the check.
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var held = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, output) = await RunBashAsync(
            """
            set -euo pipefail
            source "$SYSMGMT_TEST_ROOT/scripts/lib/common.sh"
            source "$SYSMGMT_TEST_ROOT/scripts/lib/postgres.sh"
            eval "real_$(declare -f port_in_use)"
            checked_held=0
            port_in_use() {
              if [[ "$1" == "$SYSMGMT_PG_FIRST_PORT" && $checked_held == 0 ]]; then checked_held=1; return 1; fi
              real_port_in_use "$1"
            }
            trap 'pg_embedded_stop "$SYSMGMT_TEST_HOME"' EXIT
            pg_embedded_start "$SYSMGMT_TEST_HOME"
            echo "started=$PG_STARTED_HERE port=$PG_PORT"
            """,
            held);

        Assert.True(exitCode == 0, $"pg_embedded_start failed ({exitCode}):\n{output}");
        Assert.Contains($"port {held} was taken while PostgreSQL started", output, StringComparison.Ordinal);
        var port = int.Parse(output.Split("port=")[^1].Trim(), CultureInfo.InvariantCulture);
        Assert.True(port > held, $"PostgreSQL should have moved past the held port {held}:\n{output}");
        Assert.Contains("started=1", output, StringComparison.Ordinal);
        Assert.Equal(port.ToString(CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(_home, "pg.port")).Trim());
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private async Task<(int ExitCode, string Output)> RunBashAsync(string script, int firstPort)
    {
        var startInfo = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(script);
        startInfo.Environment["SYSMGMT_TEST_ROOT"] = RepositoryPaths.Root;
        startInfo.Environment["SYSMGMT_TEST_HOME"] = _home;
        startInfo.Environment["SYSMGMT_PG_FIRST_PORT"] = firstPort.ToString(CultureInfo.InvariantCulture);
        var output = new OutputBuffer();
        using var process = Process.Start(startInfo)!;
        process.OutputDataReceived += (_, e) => output.Append(e.Data);
        process.ErrorDataReceived += (_, e) => output.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
