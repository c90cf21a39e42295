using System.Net;
using SysMgmt.Testing;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>The quickstart, as a new user runs it: <c>scripts/up</c>, the printed token, curl-like requests, Ctrl-C.</summary>
public sealed class ScriptsUpTests : IDisposable
{
    private readonly string _home;

    public ScriptsUpTests() => _home = TemporaryHome.Create("sysmgmt-up-");

    [Fact]
    public async Task Up_WithEmbeddedPostgres_ServesWithPrintedTokenStopsCleanlyAndKeepsData()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = LoopbackPorts.FindFree();
        var bssPort = LoopbackPorts.FindFree();

        await using (var up = await ScriptsUpProcess.StartAsync(_home, port, bssPort, [], ct))
        {
            Assert.Contains($"http://127.0.0.1:{port}/hsm/v2", up.Output, StringComparison.Ordinal);
            Assert.Contains($"http://127.0.0.1:{bssPort}/boot/v1", up.Output, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(up.Token), "scripts/up printed no SYSMGMT_TOKEN line:\n" + up.Output);
            Assert.Equal(up.Token, File.ReadAllText(Path.Combine(_home, "admin.token")).Trim());

            using var client = Client(port, up.Token);
            var created = await client.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x3000c0s19b1n0","State":"Ready","Role":"Compute"}]}""", ct);
            Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);

            using var anonymous = Client(port, token: null);
            var refused = await anonymous.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x3000c0s19b2n0","State":"On"}]}""", ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            await AssertBootsAsync(port, bssPort, up.Token, ct);

            Assert.Equal(0, await up.StopAsync("INT", ct));
            Assert.Contains("Stopping PostgreSQL", up.Output, StringComparison.Ordinal);
        }

        Assert.False(LoopbackPorts.IsListening(port), "SMD still listens after scripts/up stopped");
        Assert.False(LoopbackPorts.IsListening(bssPort), "BSS still listens after scripts/up stopped");

        // A second run reuses the cluster: the component and its boot parameters are still there, and the old token still works.
        await using (var again = await ScriptsUpProcess.StartAsync(_home, port, bssPort, [], ct))
        {
            using var client = Client(port, again.Token);
            var component = await (await client.GetAsync("/hsm/v2/State/Components/x3000c0s19b1n0", ct)).ReadJsonAsync(ct);
            Assert.Equal("Ready", component.GetProperty("State").GetString());
            using var bss = Client(bssPort, again.Token);
            Assert.Equal(HttpStatusCode.NoContent, (await bss.PostAsync("/boot/v1/hosts", null, ct)).StatusCode);
            Assert.Contains("xname=x3000c0s19b1n0", await bss.GetStringAsync("/boot/v1/bootscript?mac=02:42:ac:11:00:02", ct), StringComparison.Ordinal);
            Assert.Equal(0, await again.StopAsync("TERM", ct));
        }
    }

    [Fact]
    public async Task Up_WithExistingDatabaseAndInsecureNoAuth_UsesThatDatabaseAndWarns()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var postgres = await PostgresServer.StartThrowawayAsync(ct);
        var database = await postgres.CreateDatabaseAsync("up", ct);
        var port = LoopbackPorts.FindFree();
        var bssPort = LoopbackPorts.FindFree();

        await using var up = await ScriptsUpProcess.StartAsync(_home, port, bssPort, ["--database", database, "--insecure-no-auth"], ct);

        Assert.Null(up.Token);
        Assert.Contains("Auth        DISABLED", up.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_home, "pg")), "scripts/up created an embedded cluster despite --database");
        using var anonymous = Client(port, token: null);
        var created = await anonymous.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x1c0s0b0n0","State":"On"}]}""", ct);
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        await using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            await connection.OpenAsync(ct);
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM smd.components", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync(ct));
        }

        await AssertBootsAsync(port, bssPort, token: null, ct);

        Assert.Equal(0, await up.StopAsync("TERM", ct));
        Assert.Contains("AUTHENTICATION IS OFF", File.ReadAllText(Path.Combine(_home, "logs", "smd.log")), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("AUTHENTICATION IS OFF", File.ReadAllText(Path.Combine(_home, "logs", "bss.log")), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The boot path a user tries first: a node with a MAC in SMD, BSS told to read SMD again, boot parameters for
    /// the node's role, and its boot script (public, as nodes ask without credentials).
    /// </summary>
    private static async Task AssertBootsAsync(int smdPort, int bssPort, string? token, CancellationToken ct)
    {
        using var smd = Client(smdPort, token);
        using var bss = Client(bssPort, token);
        using var anonymous = Client(bssPort, token: null);
        await smd.PostJsonAsync("/hsm/v2/State/Components", """{"Components":[{"ID":"x3000c0s19b1n0","State":"Ready","Role":"Compute"}]}""", ct);
        var nic = await smd.PostJsonAsync("/hsm/v2/Inventory/EthernetInterfaces", """{"MACAddress":"02:42:ac:11:00:02","ComponentID":"x3000c0s19b1n0"}""", ct);
        Assert.Equal(HttpStatusCode.Created, nic.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bss.PostAsync("/boot/v1/hosts", null, ct)).StatusCode);
        var put = await bss.PutJsonAsync("/boot/v1/bootparameters", """{"hosts":["Compute"],"params":"console=ttyS0","kernel":"http://10.0.2.2/vmlinuz"}""", ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var script = await anonymous.GetStringAsync("/boot/v1/bootscript?mac=02:42:ac:11:00:02", ct);

        Assert.StartsWith("#!ipxe\nkernel --name kernel http://10.0.2.2/vmlinuz console=ttyS0 xname=x3000c0s19b1n0 ", script, StringComparison.Ordinal);
        Assert.Contains($"ds=nocloud-net;s=http://127.0.0.1:{bssPort}/ ", script, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static HttpClient Client(int port, string? token) => LoopbackClients.Create(port, token);
}
