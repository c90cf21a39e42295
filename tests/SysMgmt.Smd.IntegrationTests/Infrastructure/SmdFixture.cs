using System.Net.Http.Headers;
using Npgsql;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>
/// One SMD per test class, on its own fresh database of the assembly's PostgreSQL server, trusting a test
/// token issuer. Test classes call <see cref="ResetAsync"/> before each test for a clean slate.
/// </summary>
public sealed class SmdFixture(PostgresServerFixture postgres) : IAsyncLifetime
{
    public const string ReadWrite = "read write";

    private SmdApplicationFactory? _factory;

    public TestTokenIssuer Tokens { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public SmdApplicationFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.Server.CreateDatabaseAsync("smd");
        _factory = new SmdApplicationFactory(SmdSettings.For(ConnectionString, Tokens));
        _ = _factory.Server; // start now: migrations run here rather than inside the first test
    }

    /// <summary>A client with a token for <paramref name="scope"/>, or none when it is null.</summary>
    public HttpClient CreateClient(string? scope = ReadWrite)
    {
        var client = Factory.CreateClient();
        if (scope is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.CreateToken(scope));
        }

        return client;
    }

    private string? _resetSql;

    /// <summary>
    /// Empties SMD's tables (not its schema, nor its migration ledger). The list comes from the migrated schema, so
    /// a table a new migration adds is emptied too.
    /// </summary>
    public async Task ResetAsync()
    {
        _resetSql ??= "TRUNCATE " + string.Join(", ",
            (await SmdSchema.TablesAsync(ConnectionString)).Where(t => t != SmdSchema.MigrationLedger).Select(t => $"smd.{t}")) + " CASCADE";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteSqlAsync(_resetSql);
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                // SMD's background workers (the SCN dispatcher, the feed's listener) read these tables while the
                // TRUNCATE takes its locks one table at a time; PostgreSQL breaks the tie, and the reset tries again.
            }
        }
    }

    public async Task ExecuteSqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    public async Task<T?> QueryScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Tokens.Dispose();
    }
}
