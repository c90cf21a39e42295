using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using SysMgmt.Testing;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>
/// The scale-out setup of docs/deployment.md, run here: two SMD and two BSS replicas on one PostgreSQL behind nginx
/// with deploy/nginx/sysmgmt.conf as shipped (only the addresses changed). One SMD and one BSS replica are killed
/// (SIGKILL) during a boot storm with writes going on.
/// </summary>
public sealed class ReplicasTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>
{
    private const int Nodes = 200;
    private static readonly TimeSpan s_stormBeforeKill = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan s_stormAfterKill = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task KillingOneSmdAndOneBssDuringABootStorm_FailsNoBootScript_AndLosesNoAcknowledgedWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tokens = new TestTokenIssuer();
        var database = await postgres.Server.CreateDatabaseAsync("replicas", ct);
        var credentialsKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var front = new { Smd = LoopbackPorts.FindFree(), Grpc = LoopbackPorts.FindFree(), Bss = LoopbackPorts.FindFree() };
        Dictionary<string, string> Settings(params (string Key, string Value)[] settings) => new(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
        {
            ["Auth__Issuer"] = tokens.Issuer, ["Auth__Audience"] = tokens.Audience, ["Auth__PublicKeyPem"] = tokens.PublicKeyPem,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };

        var smdSettings = Settings(("ConnectionStrings__Smd", database), ("Smd__Credentials__Key", credentialsKey));
        await using var smdA = ServiceProcess.StartWithGrpc("SysMgmt.Smd.dll", smdSettings);
        await using var smdB = ServiceProcess.StartWithGrpc("SysMgmt.Smd.dll", smdSettings);
        foreach (var smd in new[] { smdA, smdB })
        {
            await smd.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(90), ct);
        }

        // Each BSS reads SMD through the load balancer, REST and stream, as the guide sets them up.
        var bssSettings = Settings(
            ("ConnectionStrings__Bss", database), ("Bss__AdvertiseAddress", $"http://127.0.0.1:{front.Bss}"),
            ("Bss__Smd__Url", $"http://127.0.0.1:{front.Smd}"), ("Bss__Smd__GrpcUrl", $"http://127.0.0.1:{front.Grpc}"),
            ("Bss__Smd__Token", tokens.CreateToken("read", subject: "bss", lifetime: TimeSpan.FromHours(1))),
            ("Bss__CloudInit__TrustedProxies__0", "127.0.0.1"));
        await using var bssA = ServiceProcess.Start("SysMgmt.Bss.dll", bssSettings);
        await using var bssB = ServiceProcess.Start("SysMgmt.Bss.dll", bssSettings);

        await using var nginx = await NginxProcess.StartAsync(
            ShippedConfiguration(front.Smd, front.Grpc, front.Bss, (smdA, smdB), (bssA, bssB)), [front.Smd, front.Grpc, front.Bss], ct);
        foreach (var bss in new[] { bssA, bssB })
        {
            await bss.WaitUntilReadyAsync("/boot/v1/service/status", TimeSpan.FromSeconds(90), ct);
        }

        using var smdClient = Authorized($"http://127.0.0.1:{front.Smd}", tokens);
        using var bssClient = Authorized($"http://127.0.0.1:{front.Bss}", tokens);
        await SeedAsync(smdClient, bssClient, ct);
        foreach (var bss in new[] { bssA, bssB })
        {
            using var direct = new HttpClient { BaseAddress = new Uri(bss.BaseUrl) };
            await EventuallyAsync(async () => (await direct.GetStringAsync($"/boot/v1/bootscript?mac={Mac(Nodes - 1)}", ct)).Contains($"xname={Xname(Nodes - 1)} ", StringComparison.Ordinal), ct);
        }

        // The storm: 16 clients asking for random known MACs' scripts, and one writer adding components, both through nginx.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var failures = new ConcurrentQueue<string>();
        var scripts = 0L;
        var acknowledged = new ConcurrentQueue<string>();
        var refused = 0;
        var clients = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            using var node = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{front.Bss}"), Timeout = TimeSpan.FromSeconds(10) };
            while (!stop.IsCancellationRequested)
            {
                var n = Random.Shared.Next(Nodes);
                try
                {
                    using var response = await node.GetAsync($"/boot/v1/bootscript?mac={Mac(n)}", CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK || !body.Contains($"xname={Xname(n)} ", StringComparison.Ordinal))
                    {
                        failures.Enqueue($"{Mac(n)}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                    }

                    Interlocked.Increment(ref scripts);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"{Mac(n)}: {e.Message}");
                }
            }
        }, CancellationToken.None)).ToList();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var xname = $"x9000c1s{i % 64}b0n{i / 64}";
                var body = JsonSerializer.Serialize(new { Components = new[] { new { ID = xname, State = "Ready", Role = "Compute" } } });
                try
                {
                    using var response = await smdClient.PostJsonAsync("/hsm/v2/State/Components", body, CancellationToken.None);
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged.Enqueue(xname);
                    }
                    else
                    {
                        // A POST that died with its replica is answered 502 and not retried: not acknowledged, allowed.
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }, CancellationToken.None);

        await Task.Delay(s_stormBeforeKill, ct);
        var beforeKill = Interlocked.Read(ref scripts);
        await smdA.KillAsync(ct);
        await bssA.KillAsync(ct);
        await Task.Delay(s_stormAfterKill, ct);
        await stop.CancelAsync();
        await Task.WhenAll([.. clients, writer]);
        var total = Interlocked.Read(ref scripts);

        Assert.True(failures.IsEmpty, $"{failures.Count} of {total} boot scripts failed, e.g.:\n{string.Join('\n', failures.Take(10))}\nnginx:\n{nginx.ErrorLog}");
        Assert.True(total - beforeKill > 100, $"only {total - beforeKill} boot scripts were served after the kill");
        Assert.NotEmpty(acknowledged);
        var stored = (await (await smdClient.GetAsync("/hsm/v2/State/Components?type=Node&role=Compute", ct)).ReadJsonAsync(ct))
            .GetProperty("Components").EnumerateArray().Select(c => c.GetProperty("ID").GetString()).ToHashSet();
        Assert.All(acknowledged, xname => Assert.Contains(xname, stored));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"replicas: {total} boot scripts ({total - beforeKill} after the kill), 0 failed; {acknowledged.Count} writes acknowledged and stored, {refused} refused");
    }

    /// <summary>deploy/nginx/sysmgmt.conf with the guide's example addresses replaced by this test's.</summary>
    private static string ShippedConfiguration(int smdPort, int grpcPort, int bssPort, (ServiceProcess A, ServiceProcess B) smd, (ServiceProcess A, ServiceProcess B) bss)
    {
        var configuration = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "sysmgmt.conf"));
        foreach (var (example, actual) in new[]
        {
            ("10.1.0.11:27779", HostPort(smd.A.BaseUrl)), ("10.1.0.12:27779", HostPort(smd.B.BaseUrl)),
            ("10.1.0.11:27780", HostPort(smd.A.GrpcUrl!)), ("10.1.0.12:27780", HostPort(smd.B.GrpcUrl!)),
            ("10.1.0.11:27778", HostPort(bss.A.BaseUrl)), ("10.1.0.12:27778", HostPort(bss.B.BaseUrl)),
            ("listen 27779;", $"listen 127.0.0.1:{smdPort};"), ("listen 27780 http2;", $"listen 127.0.0.1:{grpcPort} http2;"),
            ("listen 27778;", $"listen 127.0.0.1:{bssPort};"),
        })
        {
            Assert.Contains(example, configuration, StringComparison.Ordinal);
            configuration = configuration.Replace(example, actual, StringComparison.Ordinal);
        }

        return configuration;
    }

    private static string HostPort(string url) => new Uri(url).Authority;

    private static string Xname(int n) => $"x3000c0s{n / 4}b0n{n % 4}";

    private static string Mac(int n) => $"02:00:00:00:{n / 256:x2}:{n % 256:x2}";

    private static async Task SeedAsync(HttpClient smd, HttpClient bss, CancellationToken ct)
    {
        var components = Enumerable.Range(0, Nodes).Select(n => new { ID = Xname(n), State = "Ready", Role = "Compute", NID = n + 1 });
        await ExpectSuccessAsync(await smd.PostJsonAsync("/hsm/v2/State/Components", JsonSerializer.Serialize(new { Components = components }), ct));
        for (var n = 0; n < Nodes; n++)
        {
            await ExpectSuccessAsync(await smd.PostJsonAsync("/hsm/v2/Inventory/EthernetInterfaces", JsonSerializer.Serialize(new { MACAddress = Mac(n), ComponentID = Xname(n) }), ct));
        }

        await ExpectSuccessAsync(await bss.PostJsonAsync("/boot/v1/bootparameters",
            """{"hosts":["Default"],"kernel":"http://boot.example/vmlinuz","initrd":"http://boot.example/initrd","params":"console=ttyS0"}""", ct));
    }

    private static async Task ExpectSuccessAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100, ct);
        }

        Assert.Fail("the condition did not hold within 30 s");
    }

    private static HttpClient Authorized(string baseUrl, TestTokenIssuer tokens)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateToken(lifetime: TimeSpan.FromHours(1)));
        return client;
    }
}
