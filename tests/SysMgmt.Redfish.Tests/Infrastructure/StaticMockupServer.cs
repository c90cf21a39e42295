using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SysMgmt.Redfish.Tests.Infrastructure;

/// <summary>
/// The least a Redfish peer can be: GET <c>&lt;path&gt;</c> answers <c>&lt;dir&gt;&lt;path&gt;/index.json</c>, anything else
/// 404 or 405. No auth, no sessions, no paging, no $expand, no identity rewriting: what the client reads from it
/// cannot rest on anything only our emulator does.
/// </summary>
internal sealed class StaticMockupServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticMockupServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<StaticMockupServer> StartAsync(string mockupDirectory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, mockupDirectory));
        await app.StartAsync(cancellationToken);
        return new StaticMockupServer(app, new Uri(app.Urls.Single()));
    }

    private static async Task ServeAsync(HttpContext context, string root)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").Trim('/');
        var file = Path.GetFullPath(Path.Combine(root, relative, "index.json"));
        if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
