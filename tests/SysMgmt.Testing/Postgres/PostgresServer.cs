using Npgsql;

namespace SysMgmt.Testing.Postgres;

/// <summary>
/// A PostgreSQL server for tests: a throwaway cluster (initdb + pg_ctl on a free loopback port, fsync off),
/// or the server named by <see cref="ExternalServerVariable"/>. Tests get their own databases from it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>A connection string to an existing server; the tests create and drop their databases on it.</summary>
    public const string ExternalServerVariable = "SYSMGMT_TEST_PG";

    private readonly ThrowawayCluster? _cluster;
    private readonly List<string> _createdDatabases = [];
    private readonly Lock _gate = new();

    private PostgresServer(string adminConnectionString, ThrowawayCluster? cluster)
    {
        AdminConnectionString = adminConnectionString;
        _cluster = cluster;
    }

    /// <summary>Connects as a superuser to the maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this process owns the server and may stop or restart it.</summary>
    public bool IsThrowaway => _cluster is not null;

    /// <summary>Starts the external server when configured, otherwise a new throwaway cluster.</summary>
    public static Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        return string.IsNullOrWhiteSpace(external)
            ? StartThrowawayAsync(cancellationToken)
            : Task.FromResult(new PostgresServer(external, cluster: null));
    }

    /// <summary>Always starts a private throwaway cluster, e.g. for tests that stop or restart the server.</summary>
    public static async Task<PostgresServer> StartThrowawayAsync(CancellationToken cancellationToken = default)
    {
        var cluster = await ThrowawayCluster.CreateAsync(cancellationToken);
        return new PostgresServer(cluster.ConnectionString, cluster);
    }

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test", CancellationToken cancellationToken = default)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        lock (_gate)
        {
            _createdDatabases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RequireCluster().StopAsync(cancellationToken);

    public Task StartAgainAsync(CancellationToken cancellationToken = default) =>
        RequireCluster().StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
            return;
        }

        // On a shared server, drop what we created so repeated runs do not pile up databases.
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var name in _createdDatabases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private ThrowawayCluster RequireCluster() => _cluster
        ?? throw new InvalidOperationException($"only a throwaway server can be stopped; this one comes from {ExternalServerVariable}.");
}
