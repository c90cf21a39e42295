using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary>The sweep keeps the newest changes only, and a reader left behind is told to resync.</summary>
public sealed class ChangeRetentionTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Sweep_BeyondMaxRetained_DropsOldestTransactionsAndSinceBeforeThemIs410()
    {
        await using var host = Host(("Smd:Changes:MaxRetainedChanges", "3"));
        using var client = Client(host);
        await client.PostComponentsAsync(Comp("x3000c0s1b0n0"), Comp("x3000c0s1b0n1")); // changes 1-2
        await client.PostComponentsAsync(Comp("x3000c0s1b0n2"), Comp("x3000c0s1b0n3")); // 3-4
        await client.PostComponentsAsync(Comp("x3000c0s1b0n4"));                          // 5

        var removed = await host.Services.GetRequiredService<ChangeRetention>().SweepAsync(Ct);

        Assert.Equal(2, removed);
        await client.AssertGoneAsync("since=0", "the changes after 0 are no longer kept (the oldest kept is 3)");
        await client.AssertGoneAsync("since=1", "Resync");
        var kept = await client.ReadAllAsync(since: 2);
        Assert.Equal([3L, 4L, 5L], kept.Select(c => c.GetProperty("Sequence").GetInt64()));
    }

    [Fact]
    public async Task Sweep_PastRetentionPeriod_DropsEverythingButKeepsTheLatestSequence()
    {
        await using var host = Host(("Smd:Changes:Retention", "00:00:01"));
        using var client = Client(host);
        await client.PostComponentsAsync(Comp("x3000c0s1b0n0"), Comp("x3000c0s1b0n1"));

        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        Assert.Equal(2, await host.Services.GetRequiredService<ChangeRetention>().SweepAsync(Ct));

        await client.AssertGoneAsync("since=1", "the changes after 1 are no longer kept (the oldest kept is 3)");
        var (latest, changes) = await client.ReadPageAsync(2);
        Assert.Equal(2, latest);
        Assert.Empty(changes);
        await client.PostComponentsAsync(Comp("x3000c0s1b0n2"));
        Assert.Equal([3L], (await client.ReadAllAsync(since: 2)).Select(c => c.GetProperty("Sequence").GetInt64()));
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        Smd.Factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private HttpClient Client(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Smd.Tokens.CreateToken(SmdFixture.ReadWrite));
        return client;
    }
}
