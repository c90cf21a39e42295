using System.Net.Http.Headers;
using System.Security.Cryptography;
using SysMgmt.Testing;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Bss.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMD and a real BSS, each its own process on its own PostgreSQL database, trusting one test token
/// issuer, with BSS configured with the golden scenario's constants. One per test class; tests seed SMD through
/// its API and refresh BSS's node index with <c>POST /boot/v1/hosts</c>.
/// </summary>
public class BssStack(PostgresServer postgres) : IAsyncLifetime
{
    public BssStack(PostgresServerFixture postgres)
        : this(postgres.Server)
    {
    }

    public const string AdvertiseAddress = "http://10.92.100.81:8888";
    public const string ChainUrl = "https://api-gw-service-nmn.local/apis/bss/boot/v1/bootscript";

    /// <summary>The only peer whose X-Forwarded-For BSS believes.</summary>
    public const string TrustedProxy = "127.0.0.250";

    private readonly List<ServiceProcess> _bssReplicas = [];
    private readonly string _smdUrl = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";
    private readonly string _credentialsKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string _smdDatabase = "";

    public TestTokenIssuer Tokens { get; } = new();

    public ServiceProcess Smd { get; private set; } = null!;

    public ServiceProcess Bss => _bssReplicas[0];

    public string BssConnectionString { get; private set; } = "";

    /// <summary>Extra BSS settings for a test class (as Section__Key environment variables).</summary>
    protected virtual IEnumerable<(string Key, string Value)> BssSettings => [];

    /// <summary>Extra SMD settings for a test class (as Section__Key environment variables).</summary>
    protected virtual IEnumerable<(string Key, string Value)> SmdSettings => [];

    /// <summary>
    /// True for a test class whose BSS follows SMD's inventory stream (<c>Bss:Smd:GrpcUrl</c>); the others poll, and
    /// their tests refresh the index explicitly.
    /// </summary>
    protected virtual bool FollowsStream => false;

    /// <summary>SMD's inventory gRPC endpoint (HTTP/2 without TLS).</summary>
    public string SmdGrpcUrl { get; } = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";

    public async ValueTask InitializeAsync()
    {
        _smdDatabase = await postgres.CreateDatabaseAsync("smd");
        BssConnectionString = await postgres.CreateDatabaseAsync("bss");
        await StartSmdAsync();
        await StartBssReplicaAsync();
        await SeedAsync();
    }

    /// <summary>Stops SMD as a service manager does (SIGTERM); <see cref="StartSmdAsync"/> starts it again.</summary>
    public async Task StopSmdAsync()
    {
        await Smd.StopAsync(TestContext.Current.CancellationToken);
        await Smd.DisposeAsync();
    }

    /// <summary>Starts SMD on its ports and database (again, after <see cref="StopSmdAsync"/>).</summary>
    public async Task StartSmdAsync()
    {
        // REST on one endpoint, gRPC on an HTTP/2-only one, as scripts/up runs SMD.
        Smd = ServiceProcess.StartWithGrpcOn(_smdUrl, SmdGrpcUrl, "SysMgmt.Smd.dll", Environment([
            ("ConnectionStrings__Smd", _smdDatabase),
            ("Smd__Credentials__Key", _credentialsKey),
            .. SmdSettings]));
        await Smd.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    /// <summary>What a test class needs in SMD and BSS before its tests run.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>Starts another BSS on the same database (a replica behind the same load balancer).</summary>
    public async Task<ServiceProcess> StartBssReplicaAsync()
    {
        var bss = ServiceProcess.Start("SysMgmt.Bss.dll", Environment([
            ("ConnectionStrings__Bss", BssConnectionString),
            ("Bss__AdvertiseAddress", AdvertiseAddress),
            ("Bss__IpxeServer", "api-gw-service-nmn.local"),
            ("Bss__ChainProto", "https"),
            ("Bss__GatewayUri", "/apis/bss"),
            ("Bss__RetryDelay", "30"),
            ("Bss__RetrievalDelay", "10"),
            ("Bss__Smd__Url", Smd.BaseUrl),
            ("Bss__Smd__Token", Tokens.CreateToken("read", subject: "bss", lifetime: TimeSpan.FromHours(2))),
            ("Bss__Smd__Timeout", "00:00:05"),
            // Tests refresh the index explicitly; the periodic refresh stays out of their way.
            ("Bss__NodeIndex__RefreshInterval", "01:00:00"),
            ("Bss__NodeIndex__MinimumRefreshInterval", "00:00:01"),
            ("Bss__EndpointHistory__FlushInterval", "00:00:00.200"),
            ("Bss__CloudInit__TrustedProxies__0", TrustedProxy),
            ("Bss__Smd__GrpcUrl", FollowsStream ? SmdGrpcUrl : ""),
            .. BssSettings]));
        _bssReplicas.Add(bss);
        await bss.WaitUntilReadyAsync("/boot/v1/service/status", TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return bss;
    }

    /// <summary>A client of SMD with a read-write token.</summary>
    public HttpClient SmdClient() => Authorized(Smd.BaseUrl, "read write");

    /// <summary>A client of BSS with a token for <paramref name="scope"/>, or none when it is null.</summary>
    public HttpClient BssClient(string? scope = "read write", ServiceProcess? replica = null) =>
        scope is null ? new HttpClient { BaseAddress = new Uri((replica ?? Bss).BaseUrl) } : Authorized((replica ?? Bss).BaseUrl, scope);

    /// <summary>A client of BSS whose connections come from <paramref name="address"/> (a node, by its IP).</summary>
    public HttpClient NodeClient(string address) => SourceAddress.Client(Bss.BaseUrl, address);

    public async ValueTask DisposeAsync()
    {
        foreach (var bss in _bssReplicas)
        {
            await bss.DisposeAsync();
        }

        if (Smd is not null)
        {
            await Smd.DisposeAsync();
        }

        Tokens.Dispose();
        GC.SuppressFinalize(this);
    }

    private HttpClient Authorized(string baseUrl, string scope)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.CreateToken(scope, lifetime: TimeSpan.FromHours(1)));
        return client;
    }

    /// <summary>The shared settings, then the given ones; a later setting of the same key wins.</summary>
    private Dictionary<string, string> Environment(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Auth__Issuer"] = Tokens.Issuer,
            ["Auth__Audience"] = Tokens.Audience,
            ["Auth__PublicKeyPem"] = Tokens.PublicKeyPem,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }
}
