using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;

namespace SysMgmt.Smd.IntegrationTests.Http;

/// <summary>
/// The guard every test SMD runs behind (<see cref="InternalsLeakGuard"/>): an error answer carrying database internals
/// fails the request that got it, so the whole suite checks every problem it provokes.
/// </summary>
public sealed class InternalsLeakGuardTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string LeakPath = "/test/leak";

    [Theory]
    // What the anchors and an unguarded SMD once answered for a NodeMaps conflict.
    [InlineData(409, "23505: duplicate key value violates unique constraint \"node_maps_nid_key\"", "duplicate key value")]
    [InlineData(409, "operation would conflict (Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information.)", "Detail redacted")]
    [InlineData(409, "the request conflicts with an existing entry (node_maps_nid_key)", "node_maps_nid_key")]
    [InlineData(400, "value too long for type character varying(63) (SQLSTATE 22001)", "SQLSTATE")]
    [InlineData(503, "database unreachable: Failed to connect to 127.0.0.1:5432 (Npgsql.NpgsqlException)", "Npgsql")]
    [InlineData(500, "42P01: relation \"smd.gone\" does not exist", "42P01: ")]
    [InlineData(503, "database unreachable: Failed to connect to 127.0.0.1:5432", "Failed to connect to")]
    [InlineData(500, "cannot open Host=127.0.0.1;Username=smd;Password=secret", "Host=")]
    public async Task ErrorAnswer_WithDatabaseInternals_FailsTheRequest(int status, string detail, string named)
    {
        await using var host = Smd.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new Answering(status, detail))));
        using var client = host.CreateClient();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => client.GetAsync(LeakPath, Ct));

        Assert.Contains($"answered {status} with database internals ('{named}')", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorAnswer_WithoutInternals_Passes()
    {
        await using var host = Smd.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new Answering(409, "x1000c0s0b0n1 cannot have NID 1: x1000c0s0b0n0 has it"))));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(LeakPath, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Conflict, "x1000c0s0b0n1 cannot have NID 1: x1000c0s0b0n0 has it");
    }

    /// <summary>Answers <see cref="LeakPath"/> with a problem, inside the guard (which wraps the whole pipeline).</summary>
    private sealed class Answering(int status, string detail) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (context.Request.Path != LeakPath)
                {
                    await inner(context);
                    return;
                }

                context.Response.StatusCode = status;
                await Results.Problem(detail: detail, statusCode: status).ExecuteAsync(context);
            });
            next(app);
        };
    }
}
