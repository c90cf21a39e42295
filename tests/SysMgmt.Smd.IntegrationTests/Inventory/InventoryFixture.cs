using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>One database and token issuer per test class, and a Kestrel SMD on it (tests may start more on the same database).</summary>
public sealed class InventoryFixture(PostgresServerFixture postgres) : IAsyncLifetime
{
    private KestrelSmd? _smd;

    public TestTokenIssuer Tokens { get; } = new();

    public string ConnectionString { get; private set; } = "";

    internal KestrelSmd Smd => _smd ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.Server.CreateDatabaseAsync("smd");
        _smd = KestrelSmd.Start(ConnectionString, Tokens, settings: ("Smd:Grpc:HeartbeatInterval", "00:00:01"));
    }

    /// <summary>Another fresh database on the same server, for a test that must not disturb the others' feed.</summary>
    public Task<string> CreateDatabaseAsync() => postgres.Server.CreateDatabaseAsync("smd");

    public async ValueTask DisposeAsync()
    {
        if (_smd is not null)
        {
            await _smd.DisposeAsync();
        }

        Tokens.Dispose();
    }
}
