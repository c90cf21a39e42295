using SysMgmt.Testing.Logging;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SysMgmt.ServiceDefaults.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>
/// A tiny service wired like a real one (AddSysMgmtAuthentication + UseSysMgmtAuthentication) on a TestServer, with a
/// public route, routes protected only by the fallback policy, and routes with explicit policies.
/// </summary>
internal sealed class AuthTestHost : IAsyncDisposable
{
    public const string PublicPath = "/public";
    public const string ItemsPath = "/items";
    public const string ExplicitReadPath = "/explicit-read";
    public const string ExplicitWritePath = "/explicit-write";
    public const string WhoAmIPath = "/whoami";
    public const string AdminOnlyPath = "/admin-only";

    private readonly WebApplication _app;

    private AuthTestHost(WebApplication app, ListLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
    }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<AuthTestHost> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> configuration,
        Action<IServiceCollection>? configureServices = null,
        bool addProblemDetails = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        if (addProblemDetails)
        {
            builder.Services.AddProblemDetails();
        }

        configureServices?.Invoke(builder.Services);
        builder.AddSysMgmtAuthentication();

        var app = builder.Build();
        app.UseSysMgmtAuthentication();
        app.MapGet(PublicPath, () => "public").AllowAnonymous();
        app.MapMethods(ItemsPath, [HttpMethods.Get, HttpMethods.Head, HttpMethods.Options, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete],
            () => TypedResults.Ok());
        app.MapPost(ExplicitReadPath, () => "read").RequireAuthorization(AuthPolicies.Read);
        app.MapGet(ExplicitWritePath, () => "write").RequireAuthorization(AuthPolicies.Write);
        app.MapGet(WhoAmIPath, (ClaimsPrincipal user) => user.Identity?.Name ?? "(anonymous)");
        app.MapGet(AdminOnlyPath, () => "admin").RequireAuthorization(policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireClaim("role", "admin"));

        await app.StartAsync(TestContext.Current.CancellationToken);
        return new AuthTestHost(app, logs);
    }

    public HttpClient CreateClient(string? token = null)
    {
        var client = _app.GetTestClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null)
    {
        using var client = CreateClient(token);
        using var request = new HttpRequestMessage(method, path);
        // The default completion option buffers the body, so the response outlives the client.
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(TestContext.Current.CancellationToken);
        await _app.DisposeAsync();
    }
}
