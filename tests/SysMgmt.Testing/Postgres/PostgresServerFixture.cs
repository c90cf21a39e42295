using Xunit;

namespace SysMgmt.Testing.Postgres;

/// <summary>One PostgreSQL server per test assembly (<c>[assembly: AssemblyFixture(typeof(PostgresServerFixture))]</c>).</summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL fixture has not started");

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
