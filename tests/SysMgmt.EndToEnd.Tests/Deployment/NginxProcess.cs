using System.Diagnostics;
using System.Net.Sockets;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>nginx in the foreground with its own prefix, running an http-block configuration the test provides.</summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TemporaryDirectory _prefix;

    private NginxProcess(Process process, TemporaryDirectory prefix)
    {
        _process = process;
        _prefix = prefix;
    }

    public string ErrorLog => File.Exists(_prefix.File("error.log")) ? File.ReadAllText(_prefix.File("error.log")) : "";

    /// <summary>Starts nginx with <paramref name="httpConfiguration"/> in its http block; returns once every port listens.</summary>
    public static async Task<NginxProcess> StartAsync(string httpConfiguration, IEnumerable<int> ports, CancellationToken ct)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: scripts/test installs it (Debian package nginx-light)");
        var prefix = new TemporaryDirectory();
        // Started by root, nginx's workers run as nobody: they buffer request bodies under tmp/.
        File.SetUnixFileMode(prefix.Path, (UnixFileMode)0b111_101_101);
        Directory.CreateDirectory(prefix.File("tmp"), (UnixFileMode)0b111_111_111);
        File.WriteAllText(prefix.File("nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix.File("nginx.pid")}};
            error_log {{prefix.File("error.log")}} warn;
            events { worker_connections 4096; }
            http {
              access_log off;
              client_body_temp_path {{prefix.File("tmp")}}/body;
              proxy_temp_path {{prefix.File("tmp")}}/proxy;
              fastcgi_temp_path {{prefix.File("tmp")}}/fastcgi;
              uwsgi_temp_path {{prefix.File("tmp")}}/uwsgi;
              scgi_temp_path {{prefix.File("tmp")}}/scgi;
            {{httpConfiguration}}
            }
            """);
        var startInfo = new ProcessStartInfo(nginx) { ArgumentList = { "-p", prefix.Path, "-c", prefix.File("nginx.conf"), "-e", prefix.File("error.log") } };
        var process = new NginxProcess(Process.Start(startInfo)!, prefix);
        foreach (var port in ports)
        {
            await process.WaitForPortAsync(port, ct);
        }

        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            UnixSignals.Send(_process.Id, "TERM");
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
        _prefix.Dispose();
    }

    private async Task WaitForPortAsync(int port, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            Assert.False(_process.HasExited, $"nginx exited:\n{ErrorLog}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct);
            }
        }

        Assert.Fail($"nginx does not listen on {port}:\n{ErrorLog}");
    }
}
