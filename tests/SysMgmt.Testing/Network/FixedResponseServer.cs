using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SysMgmt.Testing.Network;

/// <summary>A plain HTTP server (Kestrel) on a loopback address that gives every request the same answer.</summary>
public sealed class FixedResponseServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixedResponseServer(WebApplication app, IPEndPoint endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public IPEndPoint Endpoint { get; }

    public static async Task<FixedResponseServer> StartAsync(int status, string contentType, string body, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(LoopbackBlock.Offset(LoopbackBlock.Next(), 1), 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        var listening = new Uri(app.Urls.Single());
        return new FixedResponseServer(app, new IPEndPoint(IPAddress.Parse(listening.Host), listening.Port));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
