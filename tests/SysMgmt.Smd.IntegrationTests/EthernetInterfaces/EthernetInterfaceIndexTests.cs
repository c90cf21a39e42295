using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.EthernetInterfaces;
using SysMgmt.Smd.IntegrationTests.Infrastructure;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary>
/// With 40,000 interfaces, the lookups boot tooling makes constantly (by MAC, by IP) are index probes: the test
/// runs <c>EXPLAIN</c> on the exact SQL and parameters the service sends.
/// </summary>
public sealed class EthernetInterfaceIndexTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const int Interfaces = 40_000;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // Interface n has MAC 02:nn:nn:nn:nn:nn (n in hex), address 10.n.n.n on HMN and a node of its own.
        await Smd.ExecuteSqlAsync(
            """
            INSERT INTO smd.ethernet_interfaces (id, mac_address, component_id, type, last_update)
            SELECT h, substr(h, 1, 2) || ':' || substr(h, 3, 2) || ':' || substr(h, 5, 2) || ':' || substr(h, 7, 2)
                      || ':' || substr(h, 9, 2) || ':' || substr(h, 11, 2),
                   'x' || (1000 + n / 256) || 'c0s' || (n / 8 % 32) || 'b0n' || (n % 8), 'Node', now()
            FROM generate_series(1, @count) n, concat('02', lpad(to_hex(n), 10, '0')) h;
            INSERT INTO smd.ethernet_interface_ips (interface_id, ip_address, network, ordinal)
            SELECT concat('02', lpad(to_hex(n), 10, '0')), '10.' || (n >> 16) || '.' || (n >> 8 & 255) || '.' || (n & 255), 'HMN', 0
            FROM generate_series(1, @count) n;
            ANALYZE smd.ethernet_interfaces, smd.ethernet_interface_ips;
            """,
            ("count", Interfaces));
    }

    [Theory]
    [InlineData("MACAddress", "02:00:00:00:9C:3F", "ethernet_interfaces_pkey")]
    [InlineData("ID", "020000009C3F", "ethernet_interfaces_pkey")]
    [InlineData("IPAddress", "10.0.156.63", "ethernet_interface_ips_ip_address_idx")]
    [InlineData("ComponentID", "x1156c0s7b0n7", "ethernet_interfaces_component_id_idx")]
    public async Task List_SelectiveFilterOverManyInterfaces_ProbesAnIndex(string name, string value, string index)
    {
        var (found, plan) = await ListAndExplainAsync(name, value);

        Assert.Equal("020000009c3f", Assert.Single(found).ID);
        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetByMac_ManyInterfaces_AnswersQuickly()
    {
        using var client = Smd.CreateClient(scope: null);
        await client.GetInterfaceIdsAsync("MACAddress=02:00:00:00:00:01");

        var timer = Stopwatch.StartNew();
        for (var n = 1; n <= 200; n++)
        {
            Assert.Single(await client.GetInterfaceIdsAsync($"MACAddress=02:00:00:00:{n >> 8:x2}:{n & 255:x2}"));
        }

        timer.Stop();
        TestContext.Current.SendDiagnosticMessage($"GET ?MACAddress= with {Interfaces} interfaces: {timer.Elapsed.TotalMilliseconds / 200:F2} ms per request");
        // Generous: a scan of 40,000 rows with their addresses would take far longer per request.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(20), $"200 lookups took {timer.Elapsed}");
    }

    /// <summary>Runs the service's query for one filter, then <c>EXPLAIN</c>s the very command it sent.</summary>
    private async Task<(List<Core.Contracts.EthernetInterface> Found, string Plan)> ListAndExplainAsync(string name, string value)
    {
        var filter = EthernetInterfaceFilterParser.Parse(new Dictionary<string, IReadOnlyList<string>> { [name] = [value] }).Value!;
        var capture = new CommandCapture();
        var options = new DbContextOptionsBuilder<SmdDbContext>().UseNpgsql(Smd.ConnectionString).AddInterceptors(capture).Options;
        await using var db = new SmdDbContext(options);
        var found = await new EthernetInterfaceQueryService(db).ListAsync(filter, Ct);

        await using var connection = new NpgsqlConnection(Smd.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var explain = new NpgsqlCommand("EXPLAIN " + capture.Sql, connection);
        explain.Parameters.AddRange(capture.Parameters.ToArray());
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            lines.Add(reader.GetString(0));
        }

        return (found, string.Join('\n', lines));
    }

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public string Sql { get; private set; } = "";

        public List<NpgsqlParameter> Parameters { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Sql = command.CommandText;
            Parameters.Clear();
            Parameters.AddRange(command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
