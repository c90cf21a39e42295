using System.Diagnostics;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary><c>sysmgmt dhcp follow</c> running in the background as a sysadmin leaves it, until Ctrl-C.</summary>
internal sealed class FollowProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputBuffer _output = new();

    private FollowProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => _output.Append(e.Data);
        _process.ErrorDataReceived += (_, e) => _output.Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => _output.ToString();

    public static FollowProcess Start(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sysmgmt.dll"), "dhcp", "follow", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.Environment.Remove("SYSMGMT_TOKEN");
        return new FollowProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("could not start sysmgmt"));
    }

    /// <summary>Ctrl-C (SIGINT), as at a terminal; returns the exit code.</summary>
    public async Task<int> InterruptAsync()
    {
        UnixSignals.Send(_process.Id, "INT");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
