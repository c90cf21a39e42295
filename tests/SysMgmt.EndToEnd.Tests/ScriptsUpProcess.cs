using System.Diagnostics;
using SysMgmt.Testing;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>
/// <c>scripts/up</c> run as a user runs it: a child process whose stdout we read for the summary and the
/// <c>SYSMGMT_TOKEN=</c> line, stopped with a signal.
/// </summary>
internal sealed class ScriptsUpProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputBuffer _output = new();
    private readonly TaskCompletionSource<string?> _token = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ScriptsUpProcess(Process process) => _process = process;

    /// <summary>The token printed on the <c>SYSMGMT_TOKEN=</c> line, or null when auth is off.</summary>
    public string? Token { get; private set; }

    public string Output => _output.ToString();

    public int ExitCode => _process.ExitCode;

    /// <summary>The script's own process, parent of the services it supervises.</summary>
    public int ProcessId => _process.Id;

    public static async Task<ScriptsUpProcess> StartAsync(string home, int smdPort, int bssPort, IEnumerable<string> extraArguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home,
        };
        foreach (var argument in (IEnumerable<string>)[RepositoryPaths.Script("up"), "--home", home, "--smd-port", smdPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bss-port", bssPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Its own gRPC port too, so that tests in parallel (and a user's scripts/up) never share one.
            "--smd-grpc-port", LoopbackPorts.FindFree().ToString(System.Globalization.CultureInfo.InvariantCulture), .. extraArguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var up = new ScriptsUpProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("could not start scripts/up"));
        up._process.OutputDataReceived += (_, e) => up.OnLine(e.Data);
        up._process.ErrorDataReceived += (_, e) => up._output.Append(e.Data);
        up._process.BeginOutputReadLine();
        up._process.BeginErrorReadLine();

        // The first run builds SMD and BSS in Release, which takes a while on two cores, and the end-to-end tests'
        // scripts/up runs wait in turn for the checkout's build lock (the benchmarks wait 7 minutes too).
        var exited = up._process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(up._ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(8), cancellationToken));
        if (first != up._ready.Task)
        {
            await up.DisposeAsync();
            throw new InvalidOperationException("scripts/up did not report readiness:\n" + up.Output);
        }

        up.Token = await up._token.Task;
        return up;
    }

    /// <summary>Sends the signal and waits for the script to finish its cleanup; returns its exit code.</summary>
    public async Task<int> StopAsync(string signal, CancellationToken cancellationToken)
    {
        UnixSignals.Send(_process.Id, signal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            UnixSignals.Send(_process.Id, "TERM");
            if (!_process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        _output.Append(line);
        if (line is null)
        {
            _token.TrySetResult(null);
            return;
        }

        if (line.StartsWith("SYSMGMT_TOKEN=", StringComparison.Ordinal))
        {
            _token.TrySetResult(line["SYSMGMT_TOKEN=".Length..]);
        }
        else if (line.StartsWith("Press Ctrl-C", StringComparison.Ordinal))
        {
            _token.TrySetResult(null);
            _ready.TrySetResult();
        }
    }
}
