using System.Text;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Discovery.IntegrationTests.Watch;

/// <summary><c>sysmgmt watch</c> as a process against SMD as a process (REST and gRPC ports, as scripts/up runs it).</summary>
public sealed class WatchEndToEndTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryDirectory _home = new();
    private ServiceStack? _services;

    private ServiceStack Services => _services!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _services = await ServiceStack.StartAsync(postgres.Server);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _home.Dispose();
    }

    [Fact]
    public async Task Watch_Redirected_PrintsEachChangeAsAJsonLineAndEndsCleanlyOnCtrlC()
    {
        using var smd = Services.SmdClient();
        await PostAsync(smd, "/hsm/v2/State/Components", """{"Components":[{"ID":"x5000c0s0b0n0","State":"Ready"}]}""");
        var tokenFile = _home.File("token");
        await File.WriteAllTextAsync(tokenFile, Services.Tokens.CreateToken("read"), Ct);
        using var watch = WatchProcess.Start(["watch", "--smd", Services.Smd.BaseUrl, "--smd-grpc", Services.Smd.GrpcUrl!, "--token-file", tokenFile]);

        // Starts from now: the component created before is not printed; these are, as they commit.
        await watch.WaitUntilWatchingAsync(s_patience, Ct);
        await PostAsync(smd, "/hsm/v2/State/Components", """{"Components":[{"ID":"x5000c0s0b0n1","State":"Ready","NID":7}]}""");
        await PostAsync(smd, "/hsm/v2/Inventory/EthernetInterfaces", """{"MACAddress":"02:50:00:00:00:01","ComponentID":"x5000c0s0b0n1","IPAddresses":[{"IPAddress":"192.0.2.7"}]}""");
        var lines = await watch.ReadLinesAsync(3, s_patience, Ct);
        var exitCode = await watch.InterruptAsync(s_patience);

        Assert.True(exitCode == 130, watch.ToString());
        var changes = lines.Select(l => JsonNode.Parse(l)!).ToList();
        Assert.All(changes, c => Assert.Equal("change", c["type"]!.GetValue<string>()));
        Assert.Equal(["Component Created x5000c0s0b0n1", "EthernetInterface Created 025000000001", "EthernetInterface Updated 025000000001"],
            changes.Select(c => $"{c["kind"]} {c["operation"]} {c["id"]}"));
        var sequences = changes.Select(c => c["sequence"]!.GetValue<ulong>()).ToList();
        Assert.Equal([sequences[0], sequences[0] + 1, sequences[0] + 2], sequences);
        Assert.Equal(7, changes[0]["node"]!["nid"]!.GetValue<long>());
        var nic = changes[2]["node"]!["interfaces"]![0]!;
        Assert.Equal("02:50:00:00:00:01", nic["mac"]!.GetValue<string>());
        Assert.Equal("192.0.2.7", nic["ipAddresses"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_TokenWithoutReadScope_FailsWithAClearErrorAndExitCode2()
    {
        var run = await CliProcess.RunAsync(["watch", "--smd-grpc", Services.Smd.GrpcUrl!, "--since", "0",
            "--token", Services.Tokens.CreateToken("boot")], timeout: s_patience);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"SMD at {Services.Smd.GrpcUrl}/ refused the token", run.Error, StringComparison.Ordinal);
        Assert.Contains("read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_NothingListens_SaysSmdIsUnreachable()
    {
        var url = $"http://127.0.0.1:{SysMgmt.Testing.LoopbackPorts.FindFree()}";

        var run = await CliProcess.RunAsync(["watch", "--smd-grpc", url, "--since", "0"], timeout: s_patience);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"SMD's gRPC endpoint at {url}/ is unreachable", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_SnapshotAsJson_PrintsTheHeaderAndEveryNodeFirst()
    {
        using var smd = Services.SmdClient();
        await PostAsync(smd, "/hsm/v2/State/Components", """{"Components":[{"ID":"x5001c0s0b0n0","State":"Ready"},{"ID":"x5001c0s0b0n1","State":"Off"}]}""");
        using var watch = WatchProcess.Start(["watch", "--smd-grpc", Services.Smd.GrpcUrl!, "--snapshot", "--format", "json", "--token", Services.Tokens.CreateToken("read")]);

        var lines = (await watch.ReadLinesAsync(3, s_patience, Ct)).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(130, await watch.InterruptAsync(s_patience));

        Assert.Equal("snapshot", lines[0]["type"]!.GetValue<string>());
        Assert.Equal(2, lines[0]["nodeCount"]!.GetValue<int>());
        Assert.Equal(["x5001c0s0b0n0 Ready", "x5001c0s0b0n1 Off"], lines.Skip(1).Select(n => $"{n["xname"]} {n["state"]}"));
    }

    private static async Task PostAsync(HttpClient client, string uri, string json)
    {
        using var response = await client.PostAsync(uri, new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        Assert.True(response.IsSuccessStatusCode, $"{uri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
