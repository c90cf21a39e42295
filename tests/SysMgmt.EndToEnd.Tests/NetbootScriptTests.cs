using System.Diagnostics;
using SysMgmt.Testing;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// What can be checked cheaply of <c>scripts/e2e/netboot</c>, the network-boot end-to-end test that
/// <c>scripts/test</c> runs after this suite (docs/netboot-e2e.md): it refuses clearly where it cannot run, and it
/// and the files it puts in the initramfs are shellcheck-clean.
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
}
