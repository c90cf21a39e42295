using System.Net.Http.Headers;
using System.Security.Cryptography;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Discovery.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMD (and BSS, when asked) as processes on their own databases of the assembly's PostgreSQL, trusting one
/// test token issuer: what the discovery agent feeds.
/// </summary>
public sealed class ServiceStack : IAsyncDisposable
{
    private ServiceStack(TestTokenIssuer tokens, ServiceProcess smd, ServiceProcess? bss)
    {
        Tokens = tokens;
        Smd = smd;
        Bss = bss;
    }

    public TestTokenIssuer Tokens { get; }

    public ServiceProcess Smd { get; }

    public ServiceProcess? Bss { get; }

    public static async Task<ServiceStack> StartAsync(PostgresServer postgres, bool withBss = false)
    {
        var tokens = new TestTokenIssuer();
        var cancellationToken = TestContext.Current.CancellationToken;
        ServiceProcess? smd = null;
        try
        {
            smd = ServiceProcess.StartWithGrpc("SysMgmt.Smd.dll", Environment(tokens,
                ("ConnectionStrings__Smd", await postgres.CreateDatabaseAsync("smd")),
                ("Smd__Credentials__Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
            await smd.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), cancellationToken);
            return new ServiceStack(tokens, smd, withBss ? await StartBssAsync(postgres, tokens, smd, cancellationToken) : null);
        }
        catch
        {
            // A stack that did not come up must not leave a service running behind the failed test.
            if (smd is not null)
            {
                await smd.DisposeAsync();
            }

            tokens.Dispose();
            throw;
        }
    }

    private static async Task<ServiceProcess> StartBssAsync(PostgresServer postgres, TestTokenIssuer tokens, ServiceProcess smd, CancellationToken cancellationToken)
    {
        var bss = ServiceProcess.Start("SysMgmt.Bss.dll", Environment(tokens,
            ("ConnectionStrings__Bss", await postgres.CreateDatabaseAsync("bss")),
            ("Bss__AdvertiseAddress", "http://192.0.2.1:8888"),
            ("Bss__Smd__Url", smd.BaseUrl),
            ("Bss__Smd__Token", tokens.CreateToken("read", subject: "bss", lifetime: TimeSpan.FromHours(2))),
            ("Bss__NodeIndex__RefreshInterval", "01:00:00"),
            ("Bss__NodeIndex__MinimumRefreshInterval", "00:00:01")));
        try
        {
            await bss.WaitUntilReadyAsync("/boot/v1/service/status", TimeSpan.FromSeconds(60), cancellationToken);
            return bss;
        }
        catch
        {
            await bss.DisposeAsync();
            throw;
        }
    }

    /// <summary>A token with SMD's read and write scopes, for the sysmgmt command.</summary>
    public string WriteToken() => Tokens.CreateToken("read write", lifetime: TimeSpan.FromHours(1));

    public HttpClient SmdClient() => Authorized(Smd.BaseUrl);

    public HttpClient BssClient() => Authorized((Bss ?? throw new InvalidOperationException("this stack runs no BSS")).BaseUrl);

    public async ValueTask DisposeAsync()
    {
        if (Bss is not null)
        {
            await Bss.DisposeAsync();
        }

        await Smd.DisposeAsync();
        Tokens.Dispose();
    }

    private HttpClient Authorized(string baseUrl)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WriteToken());
        return client;
    }

    private static Dictionary<string, string> Environment(TestTokenIssuer tokens, params (string Key, string Value)[] settings) =>
        tokens.ToConfiguration().Select(s => (s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value!))
            .Append(("Serilog__MinimumLevel__Default", "Warning"))
            .Concat(settings)
            .ToDictionary(s => s.Item1, s => s.Item2);
}
