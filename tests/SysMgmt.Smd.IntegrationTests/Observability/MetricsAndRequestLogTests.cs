using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SysMgmt.ServiceDefaults.Logging;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Logging;

namespace SysMgmt.Smd.IntegrationTests.Observability;

/// <summary>The Prometheus scrape endpoint and the one structured event per request, on SMD's real pipeline.</summary>
public sealed class MetricsAndRequestLogTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string Components = "/hsm/v2/State/Components";

    [Fact]
    public async Task Metrics_AfterRequests_ServesDurationByRouteAndStatusAndDatabasePool()
    {
        using var anonymous = Smd.CreateClient(scope: null);
        (await anonymous.GetAsync(Components, Ct)).Dispose();
        (await anonymous.GetAsync(Components + "/not-an-xname", Ct)).Dispose();

        using var response = await anonymous.GetAsync("/metrics", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A group's root route is its prefix with a slash. Counts are not compared: every SMD host of the test process
        // records into the same named meters.
        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_response_status_code=\"200\",http_route=\"/hsm/v2/State/Components/\"[^}]*\\} [1-9]", text);
        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_response_status_code=\"401\",http_route=\"/hsm/v2/State/Components/\\{xname\\}\"[^}]*\\} [1-9]", text);
        Assert.Contains("db_client_connection_count{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_TurnedOff_AreNotServed()
    {
        await using var factory = new SmdApplicationFactory(SmdSettings.For(Smd.ConnectionString, Smd.Tokens, ("Telemetry:Metrics", "false")));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Smd.Tokens.CreateToken());

        using var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RequestLog_OneRequest_IsOneEventWithRouteStatusDurationAndClient()
    {
        var sink = new ListLogEventSink();
        await using var factory = new SmdApplicationFactory(SmdSettings.For(Smd.ConnectionString, Smd.Tokens,
            ("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information")))
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        using var client = factory.CreateClient();
        var token = Smd.Tokens.CreateToken();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await client.GetAsync(Components + "/x3000c0s9b0n0?type=Node", Ct)).Dispose();

        var request = Assert.Single(sink.Events, e => e.MessageTemplate.Text == RequestLogging.MessageTemplate);
        Assert.Equal(LogEventLevel.Information, request.Level);
        Assert.Equal("\"GET\"", request.Properties["RequestMethod"].ToString());
        Assert.Equal("\"/hsm/v2/State/Components/x3000c0s9b0n0\"", request.Properties["RequestPath"].ToString());
        Assert.Equal("\"/hsm/v2/State/Components/{xname}\"", request.Properties["RouteTemplate"].ToString());
        Assert.Equal("404", request.Properties["StatusCode"].ToString());
        Assert.True(request.Properties.ContainsKey("Elapsed"));
        Assert.True(request.Properties.ContainsKey("ClientAddress"));
        Assert.DoesNotContain(sink.Events, e => e.RenderMessage().Contains(token, StringComparison.Ordinal)
            || e.Properties.Values.Any(v => v.ToString().Contains(token.Split('.')[2], StringComparison.Ordinal)));
    }
}
