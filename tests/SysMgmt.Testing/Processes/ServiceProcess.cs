using System.Diagnostics;

namespace SysMgmt.Testing.Processes;

/// <summary>
/// A service running as its own process (<c>dotnet Service.dll --urls …</c>), for tests that need real
/// processes: several replicas on one database, or signals.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputBuffer _output = new();

    private ServiceProcess(Process process, string baseUrl, string? grpcUrl = null)
    {
        _process = process;
        BaseUrl = baseUrl;
        GrpcUrl = grpcUrl;
        _process.OutputDataReceived += (_, e) => _output.Append(e.Data);
        _process.ErrorDataReceived += (_, e) => _output.Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    /// <summary>The HTTP/2-only (h2c) endpoint of a service started with <see cref="StartWithGrpc"/>, else null.</summary>
    public string? GrpcUrl { get; }

    public bool HasExited => _process.HasExited;

    public string Output => _output.ToString();

    /// <summary>Starts <paramref name="assemblyFileName"/> (next to the test assembly) on a free loopback port.</summary>
    public static ServiceProcess Start(string assemblyFileName, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";
        return Launch(assemblyFileName, environment, baseUrl, null, ["--urls", baseUrl, .. arguments]);
    }

    /// <summary>
    /// Starts <paramref name="assemblyFileName"/> with two Kestrel endpoints, as scripts/up starts SMD: HTTP on one free
    /// port and gRPC (HTTP/2 without TLS) on another (<see cref="GrpcUrl"/>).
    /// </summary>
    public static ServiceProcess StartWithGrpc(string assemblyFileName, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartWithGrpcOn($"http://127.0.0.1:{LoopbackPorts.FindFree()}", $"http://127.0.0.1:{LoopbackPorts.FindFree()}", assemblyFileName, environment, arguments);

    /// <summary>As <see cref="StartWithGrpc"/>, on given URLs (a restart on the ports the service had).</summary>
    public static ServiceProcess StartWithGrpcOn(string baseUrl, string grpcUrl, string assemblyFileName, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Launch(assemblyFileName, environment, baseUrl, grpcUrl,
            [$"--Kestrel:Endpoints:Http:Url={baseUrl}", $"--Kestrel:Endpoints:Grpc:Url={grpcUrl}", "--Kestrel:Endpoints:Grpc:Protocols=Http2", .. arguments]);

    /// <summary>
    /// A long-running command that serves no HTTP (<c>sysmgmt dhcp follow</c>), started as <see cref="Start"/> starts a
    /// service but without <c>--urls</c>; <see cref="BaseUrl"/> is empty.
    /// </summary>
    public static ServiceProcess StartCommand(string assemblyFileName, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Launch(assemblyFileName, environment, baseUrl: "", grpcUrl: null, arguments);

    private static ServiceProcess Launch(string assemblyFileName, IReadOnlyDictionary<string, string> environment, string baseUrl, string? grpcUrl, string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in (IEnumerable<string>)[Path.Combine(AppContext.BaseDirectory, assemblyFileName), .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        return new ServiceProcess(Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {assemblyFileName}"), baseUrl, grpcUrl);
    }

    /// <summary>Polls <paramref name="path"/> until it answers 2xx; fails with the process output otherwise.</summary>
    public async Task WaitUntilReadyAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with {_process.ExitCode} during startup:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync(path, cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening, but too busy starting up to answer within the probe's timeout (a loaded machine).
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{BaseUrl}{path} was not ready within {timeout}:\n{Output}");
    }

    /// <summary>SIGTERM, as a service manager would send; returns the exit code.</summary>
    public Task<int> StopAsync(CancellationToken cancellationToken = default) => SignalAndWaitAsync("TERM", cancellationToken);

    /// <summary>SIGKILL: the process dies at once, as in a crash; returns the exit code.</summary>
    public Task<int> KillAsync(CancellationToken cancellationToken = default) => SignalAndWaitAsync("KILL", cancellationToken);

    /// <summary>SIGINT, as Ctrl-C at a terminal; returns the exit code.</summary>
    public Task<int> InterruptAsync(CancellationToken cancellationToken = default) => SignalAndWaitAsync("INT", cancellationToken);

    private async Task<int> SignalAndWaitAsync(string signal, CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            UnixSignals.Send(_process.Id, signal);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
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
