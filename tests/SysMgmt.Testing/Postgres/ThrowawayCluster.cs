using Npgsql;

namespace SysMgmt.Testing.Postgres;

/// <summary>
/// A PostgreSQL cluster in a temporary directory, owned by this process. When running as root it runs as the
/// <c>postgres</c> user, because the server refuses to run as root.
/// </summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    private const string ServiceUser = "postgres";

    private readonly string _binDirectory;
    private readonly string _directory;
    private readonly int _port;

    private ThrowawayCluster(string binDirectory, string directory, int port)
    {
        _binDirectory = binDirectory;
        _directory = directory;
        _port = port;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "postgres",
        Database = "postgres",
        // Tests open many short-lived databases; keep idle connections from piling up.
        ConnectionIdleLifetime = 10,
        Timeout = 15,
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_directory, "data");

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<ThrowawayCluster> CreateAsync(CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.FindBinDirectory();
        var directory = Directory.CreateTempSubdirectory("sysmgmt-pg-").FullName;
        if (IsRoot)
        {
            await ProcessRunner.RunAsync("chown", [$"{ServiceUser}:", directory], cancellationToken);
        }

        // A port can be taken between probing and binding; try a few.
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new ThrowawayCluster(bin, directory, LoopbackPorts.FindFree());
            try
            {
                if (attempt == 1)
                {
                    await cluster.InitAsync(cancellationToken);
                }

                await cluster.StartAsync(cancellationToken);
                return cluster;
            }
            catch (InvalidOperationException) when (attempt < 3 && File.Exists(Path.Combine(cluster.DataDirectory, "PG_VERSION")))
            {
                // initdb worked, so the failure was the start (most likely the port); retry on another one.
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        RunAsServiceUserAsync("pg_ctl",
        [
            "start", "-w", "-t", "60", "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"),
            "-o", $"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off " +
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB",
        ], cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) =>
        RunAsServiceUserAsync("pg_ctl", ["stop", "-w", "-m", "fast", "-D", DataDirectory], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsServiceUserAsync("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", DataDirectory], CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a test stopped it); nothing to clean up but the files.
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task InitAsync(CancellationToken cancellationToken) =>
        RunAsServiceUserAsync("initdb",
            ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            cancellationToken);

    private Task<string> RunAsServiceUserAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return IsRoot
            ? ProcessRunner.RunAsync("runuser", ["-u", ServiceUser, "--", executable, .. arguments], cancellationToken)
            : ProcessRunner.RunAsync(executable, arguments, cancellationToken);
    }
}
