using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>
/// A real identity-provider stand-in on Kestrel at 127.0.0.1:0: an OpenID Connect discovery document and a JWKS that
/// the test can swap (key rotation) or break, counting key-set fetches.
/// </summary>
internal sealed class IdentityProviderServer : IAsyncDisposable
{
    private const string JwksPath = "/.well-known/jwks.json";
    private const string DiscoveryPath = "/.well-known/openid-configuration";

    private readonly WebApplication _app;
    private readonly string _issuer;
    private volatile string _jwksJson;
    private volatile int _failWithStatus;
    private int _requestCount;

    private IdentityProviderServer(WebApplication app, string jwksJson, string issuer)
    {
        _app = app;
        _jwksJson = jwksJson;
        _issuer = issuer;
    }

    /// <summary>The JWKS URL.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>The base URL whose discovery document names <see cref="Url"/>.</summary>
    public string Authority { get; private set; } = string.Empty;

    /// <summary>How often the key set was fetched.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    public string JwksJson
    {
        get => _jwksJson;
        set => _jwksJson = value;
    }

    /// <summary>When non-zero, every key-set fetch is answered with this status instead of the key set.</summary>
    public int FailWithStatus
    {
        get => _failWithStatus;
        set => _failWithStatus = value;
    }

    public static async Task<IdentityProviderServer> StartAsync(string jwksJson, CancellationToken cancellationToken, string issuer = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new IdentityProviderServer(app, jwksJson, issuer);
        app.MapGet(JwksPath, server.ServeKeys);
        app.MapGet(DiscoveryPath, server.ServeDiscovery);
        await app.StartAsync(cancellationToken);
        server.Authority = app.Urls.Single();
        server.Url = server.Authority + JwksPath;
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult ServeKeys()
    {
        Interlocked.Increment(ref _requestCount);
        return _failWithStatus != 0 ? TypedResults.StatusCode(_failWithStatus) : TypedResults.Text(_jwksJson, "application/json");
    }

    private IResult ServeDiscovery() => TypedResults.Json(new Dictionary<string, object>
    {
        ["issuer"] = _issuer,
        ["jwks_uri"] = Url,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });
}
