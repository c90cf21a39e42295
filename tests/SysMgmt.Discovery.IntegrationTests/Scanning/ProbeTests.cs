using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.Scanning;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing;
using SysMgmt.Testing.Network;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Discovery.IntegrationTests.Scanning;

/// <summary>What the probe makes of real services: emulated BMCs over verified HTTPS, and servers that are not Redfish.</summary>
public sealed class ProbeTests : IAsyncLifetime
{
    private const string Mockup = "dmtf-public-rackmount1";
    private static readonly ScanOptions s_fast = new() { Timeout = TimeSpan.FromSeconds(5) };

    private EmulatorHost _emulator = null!;
    private string _caFile = null!;

    public async ValueTask InitializeAsync()
    {
        _emulator = await TestBmcs.StartAsync(TestBmcs.Options(2, Mockup, "csm-rie-Intel"), TestContext.Current.CancellationToken);
        _caFile = TestBmcs.WriteAuthority(_emulator);
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        File.Delete(_caFile);
    }

    [Fact]
    public async Task Scan_EmulatedBmcsWithTheirCa_AreRedfishWithVersionAndUuid()
    {
        var results = await Scans.RunAsync(
            new ScanTargetOptions { Hosts = [.. _emulator.Bmcs.Select(b => Scans.Url(b.Endpoint))] },
            new ScanOptions { CaBundlePath = _caFile },
            TestContext.Current.CancellationToken);

        var byUrl = results.ToDictionary(r => r.Target.Url);
        foreach (var (bmc, mockup) in _emulator.Bmcs.Zip([Mockup, "csm-rie-Intel"]))
        {
            var result = byUrl[Scans.Url(bmc.Endpoint)];
            Assert.Equal(ScanStatus.Redfish, result.Status);
            Assert.Equal(MockupServiceRoot(mockup)["RedfishVersion"]!.GetValue<string>(), result.ServiceRoot!.RedfishVersion);
            Assert.NotNull(result.ServiceRoot.UUID);
        }

        Assert.NotEqual(results[0].ServiceRoot!.UUID, results[1].ServiceRoot!.UUID);
    }

    [Fact]
    public async Task Scan_EmulatedBmcWithoutItsCa_IsATlsFailureNotAClosedPort()
    {
        var result = await Scans.RunOneAsync(Scans.Url(_emulator.Bmcs[0].Endpoint), s_fast, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.TlsFailed, result.Status);
        Assert.Contains("not trusted", result.Detail, StringComparison.Ordinal);
        Assert.False(result.Found);
    }

    [Fact]
    public async Task Scan_EmulatedBmcInsecure_IsRedfish()
    {
        var result = await Scans.RunOneAsync(Scans.Url(_emulator.Bmcs[0].Endpoint), new ScanOptions { Insecure = true }, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Redfish, result.Status);
    }

    [Fact]
    public async Task Scan_ProbingDisabled_ReportsTheOpenPortWithoutAskingForRedfish()
    {
        var result = await Scans.RunOneAsync(Scans.Url(_emulator.Bmcs[0].Endpoint), new ScanOptions { Probe = false }, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Open, result.Status);
        Assert.True(result.Found);
        Assert.Null(result.ServiceRoot);
    }

    [Fact]
    public async Task Scan_RedfishOverPlainHttp_ReportsVendorAndProduct()
    {
        const string root = """{"@odata.type":"#ServiceRoot.v1_5_0.ServiceRoot","RedfishVersion":"1.6.0","Vendor":"Contoso","Product":"Fabrikam BMC 3","UUID":"4c4c4544-0000-1010-8000-b1c04f4e3332"}""";
        await using var server = await FixedResponseServer.StartAsync(200, "application/json", root, TestContext.Current.CancellationToken);

        var result = await Scans.RunOneAsync(Scans.Url(server.Endpoint, "http"), s_fast, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Redfish, result.Status);
        Assert.Equal(("1.6.0", "Contoso", "Fabrikam BMC 3", "4c4c4544-0000-1010-8000-b1c04f4e3332"),
            (result.ServiceRoot!.RedfishVersion, result.ServiceRoot.Vendor, result.ServiceRoot.Product, result.ServiceRoot.UUID));
    }

    [Theory]
    [InlineData(404, "text/plain", "not found", "answered 404 NotFound")]
    [InlineData(401, "application/json", "{}", "answered 401 Unauthorized")]
    [InlineData(200, "text/html", "<html><body>router login</body></html>", "not a JSON object")]
    [InlineData(200, "application/json", "[1,2,3]", "not a JSON object")]
    [InlineData(200, "application/json", """{"status":"ok","version":"2.1"}""", "not a Redfish ServiceRoot")]
    public async Task Scan_HttpServerThatIsNotRedfish_IsNotRedfishWithTheReason(int status, string contentType, string body, string reason)
    {
        await using var server = await FixedResponseServer.StartAsync(status, contentType, body, TestContext.Current.CancellationToken);

        var result = await Scans.RunOneAsync(Scans.Url(server.Endpoint, "http"), s_fast, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.NotRedfish, result.Status);
        Assert.Contains(reason, result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http", ScanStatus.NotRedfish, "no HTTP answer")]
    [InlineData("https", ScanStatus.TlsFailed, "TLS handshake failed")]
    public async Task Scan_TcpServiceThatIsNotHttp_IsReportedAsSuch(string scheme, ScanStatus status, string reason)
    {
        await using var listening = LoopbackBlock.StartListeners(1, (block, ports) => [new IPEndPoint(LoopbackBlock.Offset(block, 1), ports[0])], ListenerBehavior.Banner);

        var result = await Scans.RunOneAsync($"{scheme}://{listening.Address(1)}:{listening.Ports[0]}", s_fast, TestContext.Current.CancellationToken);

        Assert.Equal(status, result.Status);
        Assert.Contains(reason, result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_NothingListening_IsClosed()
    {
        var result = await Scans.RunOneAsync($"127.0.0.1:{LoopbackPorts.FindFree()}", s_fast, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Closed, result.Status);
        Assert.Contains("ConnectionRefused", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ListenerThatNeverCompletesTheHandshake_IsUnreachableAfterTheTimeout()
    {
        // A listener whose accept queue is full drops new connection requests, as a host that does not exist does.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(LoopbackBlock.Offset(LoopbackBlock.Next(), 1), 0));
        listener.Listen(0);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        using var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await first.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        using var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _ = second.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var result = await Scans.RunOneAsync(Scans.Url(endpoint), new ScanOptions { Timeout = TimeSpan.FromSeconds(0.5) }, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Unreachable, result.Status);
        Assert.Contains("no answer to the connection within 0.5 s", result.Detail, StringComparison.Ordinal);
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0.45, 2);
    }

    [Fact]
    public async Task Scan_IPv6Loopback_IsScanned()
    {
        await using var listeners = RecordingListeners.Start([new IPEndPoint(IPAddress.IPv6Loopback, 0)]);
        var port = Assert.Single(listeners.Endpoints).Port;

        var result = await Scans.RunOneAsync($"[::1]:{port}", new ScanOptions { Probe = false }, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Open, result.Status);
        Assert.Equal($"https://[::1]:{port}", result.Target.Url);
        Assert.Equal(1, listeners.Connections);
    }

    [Fact]
    public async Task Scan_HostNameResolvingOnlyToExcludedAddresses_IsNotContacted()
    {
        var results = await Scans.RunAsync(
            new ScanTargetOptions { Hosts = [$"localhost:{LoopbackPorts.FindFree()}"], Exclusions = ["127.0.0.0/8", "::1"] },
            s_fast,
            TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Excluded, Assert.Single(results).Status);
    }

    private static JsonNode MockupServiceRoot(string mockup) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestBmcs.Mockup(mockup), "redfish", "v1", "index.json")))!;
}
