using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations, each in its own transaction, under a PostgreSQL advisory lock, so that replicas
/// starting together take turns and all come up. A migration already applied must not have changed.
/// </summary>
public sealed partial class SqlMigrator(NpgsqlDataSource dataSource, SqlMigrationSet migrations, ILogger<SqlMigrator> logger)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var schema = migrations.Schema;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var lockKey = AdvisoryLockKey(schema);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken, ("key", lockKey));
        try
        {
            await ExecuteAsync(connection,
                $"""
                CREATE SCHEMA IF NOT EXISTS {schema};
                CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now());
                """, cancellationToken);

            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var pending = 0;
            foreach (var migration in migrations.Migrations)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"migration {migration.Version:D4}_{migration.Name} of schema '{schema}' was changed after it was applied; add a new migration instead");
                    }

                    continue;
                }

                await ApplyAsync(connection, migration, cancellationToken);
                pending++;
            }

            LogMigrated(logger, schema, pending, migrations.Migrations[^1].Version);
            return pending;
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", lockKey));
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, SqlMigration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, migration.Sql, cancellationToken);
        await ExecuteAsync(connection,
            $"INSERT INTO {migrations.Schema}.schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)",
            cancellationToken, ("version", migration.Version), ("name", migration.Name), ("checksum", migration.Checksum));
        await transaction.CommitAsync(cancellationToken);
        LogApplied(logger, migrations.Schema, migration.Version, migration.Name);
    }

    private async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version, checksum FROM {migrations.Schema}.schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A stable 64-bit key per schema, so two services on one database do not block each other.</summary>
    internal static long AdvisoryLockKey(string schema) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("sysmgmt-migrations:" + schema)), 0);
}
