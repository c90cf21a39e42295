using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SysMgmt.Smd.IntegrationTests.Subscriptions;

/// <summary>
/// An SCN subscriber: a Kestrel listener on 127.0.0.1 that records every POSTed notification in a
/// <see cref="SubscriberLog"/> and answers 200, optionally after a delay, then tells <c>onConfirmed</c> how many it
/// has confirmed once the answer is sent. Stopping it makes deliveries fail
/// (connection refused); starting another on the same port brings the subscriber back.
/// </summary>
internal sealed class RecordingSubscriber : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingSubscriber(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/scn";

    public static async Task<RecordingSubscriber> StartAsync(SubscriberLog log, int port = 0, TimeSpan? delay = null, Action<int>? onConfirmed = null)
    {
        var confirmed = 0;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(async context =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
            if (delay is { } wait)
            {
                await Task.Delay(wait, context.RequestAborted);
            }

            log.Add(body, context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers["Idempotency-Key"].FirstOrDefault());
            context.Response.StatusCode = StatusCodes.Status200OK;
            if (onConfirmed is not null)
            {
                var count = Interlocked.Increment(ref confirmed);
                context.Response.OnCompleted(() =>
                {
                    onConfirmed(count);
                    return Task.CompletedTask;
                });
            }
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new RecordingSubscriber(app, new Uri(app.Urls.Single()).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
