using System.Diagnostics;
using SysMgmt.Testing;
using SysMgmt.Testing.Files;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// What can be checked cheaply of <c>scripts/e2e/netboot</c>, the network-boot end-to-end test that
/// <c>scripts/test</c> runs after this suite (docs/netboot-e2e.md): it refuses clearly where it cannot run, it and the
/// files it puts in the initramfs are shellcheck-clean, and its serial console logger times, cleans and reads boots.
/// </summary>
public sealed class NetbootScriptTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Netboot_WithoutRoot_FailsClearlyBeforeTouchingTheMachine()
    {
        // As root, a user namespace without mappings makes the script see itself as nobody (it still reads the
        // checkout, which may be private to root).
        var startInfo = Environment.UserName == "root" ? new ProcessStartInfo("unshare") { ArgumentList = { "--user", "bash" } } : new ProcessStartInfo("bash");
        startInfo.ArgumentList.Add(RepositoryPaths.Script(Path.Combine("e2e", "netboot")));

        var (exitCode, output) = await ScriptRun.RunAsync(startInfo, s_deadline);

        Assert.True(exitCode == 1, $"exit code {exitCode}:\n{output}");
        Assert.Contains("error: the netboot end-to-end test needs root", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PASS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SerialLog_TimestampsTheConsoleWithoutEscapesAndReadsEveryPhase()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("guest.serial.log");
        const string console = @"printf 'Configuring (net0 52:54:00:00:00:01)...... ok\r\n\033[=3hhttp://192.0.2.1:27778/boot/v1/bootscript... ok\n"
            + @"initrd : 1230378 bytes\nE2E-INIT: started\n===== PHONE-HOME END =====\n'; exit 3";

        var (exitCode, output) = await SerialAsync("run", log, "30", "sh", "-c", console);
        var lines = await File.ReadAllLinesAsync(log, TestContext.Current.CancellationToken);
        var (_, phases) = await SerialAsync("phases", log);

        Assert.True(exitCode == 3, $"exit code {exitCode}:\n{output}");
        Assert.Matches(@"^\[\s+\d+\.\d\d\] Configuring \(net0 52:54:00:00:00:01\)\.+ ok$", lines[0]);
        Assert.EndsWith("] http://192.0.2.1:27778/boot/v1/bootscript... ok", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("] E2E-QEMU: exited, status 3", lines[^1], StringComparison.Ordinal);
        Assert.Matches(@"guest(\s+\d+\.\d\ds){6}", phases);
    }

    [Fact]
    public async Task SerialLog_GuestPastItsTimeout_IsKilledAndExits124()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("guest.serial.log");

        var (exitCode, output) = await SerialAsync("run", log, "1", "sleep", "60");

        Assert.True(exitCode == 124, $"exit code {exitCode}:\n{output}");
        Assert.Contains("E2E-QEMU: exited, status -9 (killed after 1.0 s)", await File.ReadAllTextAsync(log, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetbootScripts_AreShellcheckClean()
    {
        var startInfo = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryPaths.Root };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add("""
            set -euo pipefail
            source scripts/lib/common.sh
            require_commands shellcheck:shellcheck
            shellcheck -x -P SCRIPTDIR scripts/test scripts/e2e/netboot scripts/lib/netboot.sh scripts/e2e/lib/init.sh scripts/e2e/lib/udhcpc.script
            """);

        var (exitCode, output) = await ScriptRun.RunAsync(startInfo, s_deadline);

        Assert.True(exitCode == 0, $"shellcheck found problems (exit code {exitCode}):\n{output}");
    }

    private static Task<(int ExitCode, string Output)> SerialAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("python3") { ArgumentList = { RepositoryPaths.Script(Path.Combine("e2e", "lib", "serial.py")) } };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return ScriptRun.RunAsync(startInfo, s_deadline);
    }
}
