using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.ServiceDefaults.Tests.Data;

public sealed class SqlMigratorTests(PostgresServerFixture postgres)
{
    private static readonly SqlMigrationSet s_migrations = new("widgets",
    [
        Migration(1, "create", "CREATE TABLE widgets.widget (id int PRIMARY KEY, name text NOT NULL);"),
        Migration(2, "seed", "INSERT INTO widgets.widget VALUES (1, 'first');"),
    ]);

    [Fact]
    public async Task MigrateAsync_ManyReplicasAtOnce_AppliesEachMigrationExactlyOnce()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync("migrate", TestContext.Current.CancellationToken));

        var applied = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Migrator(dataSource, s_migrations).MigrateAsync(TestContext.Current.CancellationToken))));

        Assert.Equal(2, applied.Sum());
        Assert.Equal(2L, await ScalarAsync(dataSource, "SELECT count(*) FROM widgets.schema_migrations"));
        Assert.Equal(1L, await ScalarAsync(dataSource, "SELECT count(*) FROM widgets.widget"));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesOnlyNewMigrations()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync("migrate", TestContext.Current.CancellationToken));
        await Migrator(dataSource, s_migrations).MigrateAsync(TestContext.Current.CancellationToken);

        var extended = new SqlMigrationSet("widgets", [.. s_migrations.Migrations, Migration(3, "more", "INSERT INTO widgets.widget VALUES (2, 'second');")]);
        var applied = await Migrator(dataSource, extended).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, applied);
        Assert.Equal(2L, await ScalarAsync(dataSource, "SELECT count(*) FROM widgets.widget"));
    }

    [Fact]
    public async Task MigrateAsync_AppliedMigrationEdited_RefusesWithClearMessage()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync("migrate", TestContext.Current.CancellationToken));
        await Migrator(dataSource, s_migrations).MigrateAsync(TestContext.Current.CancellationToken);

        var edited = new SqlMigrationSet("widgets", [s_migrations.Migrations[0], Migration(2, "seed", "INSERT INTO widgets.widget VALUES (1, 'changed');")]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Migrator(dataSource, edited).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("0002_seed", error.Message, StringComparison.Ordinal);
        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FailingMigration_LeavesNoTraceOfIt()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync("migrate", TestContext.Current.CancellationToken));
        var broken = new SqlMigrationSet("widgets",
            [s_migrations.Migrations[0], Migration(2, "broken", "INSERT INTO widgets.widget VALUES (1, 'x'); SELECT no_such_function();")]);

        await Assert.ThrowsAsync<PostgresException>(() => Migrator(dataSource, broken).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1L, await ScalarAsync(dataSource, "SELECT count(*) FROM widgets.schema_migrations"));
        Assert.Equal(0L, await ScalarAsync(dataSource, "SELECT count(*) FROM widgets.widget"));
    }

    [Fact]
    public void FromAssembly_EmbeddedFiles_AreOrderedByVersionAndOthersIgnored()
    {
        var set = SqlMigrationSet.FromAssembly("sample", typeof(SqlMigratorTests).Assembly);

        Assert.Equal([(1, "first"), (2, "second_step")], set.Migrations.Select(m => (m.Version, m.Name)));
        Assert.Equal(SqlMigration.Create(1, "first", set.Migrations[0].Sql).Checksum, set.Migrations[0].Checksum);
    }

    [Fact]
    public void Constructor_DuplicateVersions_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SqlMigrationSet("widgets", [Migration(1, "a", "SELECT 1"), Migration(1, "b", "SELECT 2")]));

        Assert.Contains("version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CrLfAndLf_SameChecksum() =>
        Assert.Equal(Migration(1, "a", "SELECT 1;\nSELECT 2;").Checksum, Migration(1, "a", "SELECT 1;\r\nSELECT 2;").Checksum);

    private static SqlMigrator Migrator(NpgsqlDataSource dataSource, SqlMigrationSet set) =>
        new(dataSource, set, NullLogger<SqlMigrator>.Instance);

    private static SqlMigration Migration(int version, string name, string sql) => SqlMigration.Create(version, name, sql);

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
