using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>
/// A real identity-provider stand-in on Kestrel at 127.0.0.1:0 serving a JWKS that the test can swap (key rotation)
/// or break, and counting fetches.
/// </summary>
internal sealed class JwksServer : IAsyncDisposable
{
    private const string JwksPath = "/.well-known/jwks.json";

    private readonly WebApplication _app;
    private volatile string _jwksJson;
    private volatile int _failWithStatus;
    private int _requestCount;

    private JwksServer(WebApplication app, string jwksJson)
    {
        _app = app;
        _jwksJson = jwksJson;
    }

    public string Url { get; private set; } = string.Empty;

    public int RequestCount => Volatile.Read(ref _requestCount);

    public string JwksJson
    {
        get => _jwksJson;
        set => _jwksJson = value;
    }

    /// <summary>When non-zero, every fetch is answered with this status instead of the key set.</summary>
    public int FailWithStatus
    {
        get => _failWithStatus;
        set => _failWithStatus = value;
    }

    public static async Task<JwksServer> StartAsync(string jwksJson, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new JwksServer(app, jwksJson);
        app.MapGet(JwksPath, server.Serve);
        await app.StartAsync(cancellationToken);
        server.Url = app.Urls.Single() + JwksPath;
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Serve()
    {
        Interlocked.Increment(ref _requestCount);
        return _failWithStatus != 0 ? TypedResults.StatusCode(_failWithStatus) : TypedResults.Text(_jwksJson, "application/json");
    }
}
