using System.Collections.Concurrent;
using System.Diagnostics;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Discovery.IntegrationTests.Watch;

/// <summary><c>sysmgmt watch</c> running as a process: its stdout read line by line as it comes, stopped with SIGINT.</summary>
internal sealed class WatchProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly OutputBuffer _error = new();

    private WatchProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                _lines.Add(line);
            }
        };
        _process.ErrorDataReceived += (_, e) => _error.Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static WatchProcess Start(IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in (IEnumerable<string>)[Path.Combine(AppContext.BaseDirectory, "sysmgmt.dll"), .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "SYSMGMT_TOKEN", "ACCESS_TOKEN", "SYSMGMT_SMD_URL", "SYSMGMT_SMD_GRPC_URL" })
        {
            startInfo.Environment.Remove(name);
        }

        return new WatchProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("could not start sysmgmt"));
    }

    /// <summary>Waits until the command says on stderr that it watches (its stream is open).</summary>
    public async Task WaitUntilWatchingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_error.ToString().Contains("watching SMD", StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"sysmgmt watch did not start watching:\n{this}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public async Task<List<string>> ReadLinesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var lines = new List<string>();
        try
        {
            await Task.Run(() =>
            {
                while (lines.Count < count)
                {
                    lines.Add(_lines.Take(deadline.Token));
                }
            }, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"sysmgmt watch printed {lines.Count} of {count} lines:\n{string.Join("\n", lines)}\n{this}");
        }

        return lines;
    }

    /// <summary>Ctrl-C: SIGINT, then the exit code.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        UnixSignals.Send(_process.Id, "INT");
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public override string ToString() => $"--- stderr\n{_error}";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _lines.Dispose();
    }
}
