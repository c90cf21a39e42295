using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>Many clients reserving and locking the same components at once: PostgreSQL's row locks leave exactly one owner.</summary>
public sealed class ReservationRaceTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const int Clients = 50;

    private static readonly string[] s_ids = [.. Enumerable.Range(0, 8).Select(i => $"x3000c0s{i}b0n0")];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync([.. s_ids.Select(id => Comp(id))], force: false);
    }

    [Fact]
    public async Task FiftyRigidReservations_OfTheSameComponents_HaveExactlyOneOwner()
    {
        using var client = Smd.CreateClient();

        var answers = await AllAtOnceAsync(_ => (ServiceReservationsPath, Ids(s_ids, minutes: 5)), client);

        var winners = answers.Where(a => a.Status == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        Assert.All(answers.Except(winners), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        var grants = Grants(winner.Body);
        Assert.Equal(s_ids, grants.Select(g => g.ID));
        Assert.Equal([.. grants.Select(g => g.DeputyKey)], await StoredDeputyKeysAsync());
    }

    [Fact]
    public async Task FiftyFlexibleReservations_OfOverlappingSets_GiveEachComponentOneOwner()
    {
        using var client = Smd.CreateClient();

        // Client i asks for a window of four components starting at i mod 8 (wrapping), so every component is wanted many times.
        var answers = await AllAtOnceAsync(i => (ServiceReservationsPath, Ids([.. Enumerable.Range(i, 4).Select(k => s_ids[k % s_ids.Length])], "flexible", 5)), client);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var grants = answers.SelectMany(a => Grants(a.Body)).ToList();
        Assert.Equal(s_ids, grants.Select(g => g.ID).Order(StringComparer.Ordinal));
        Assert.Equal([.. grants.OrderBy(g => g.ID, StringComparer.Ordinal).Select(g => g.DeputyKey)], await StoredDeputyKeysAsync());
        Assert.All(answers.SelectMany(a => Failures(a.Body)), f => Assert.EndsWith(":Reserved", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LocksAndReservationsRacing_ForOneComponent_OneOfThemWins()
    {
        using var client = Smd.CreateClient();
        var id = s_ids[0];

        var answers = await AllAtOnceAsync(i => i % 2 == 0 ? (LockPath, Ids([id])) : (ServiceReservationsPath, Ids([id], minutes: 5)), client);

        var winner = Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a != winner), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        var flags = await client.FlagsOfAsync(id);
        Assert.Equal(winner.Path == LockPath ? $"{id} locked - -" : $"{id} - reserved -", flags);
    }

    private sealed record Answer(string Path, HttpStatusCode Status, JsonElement Body);

    /// <summary>Sends <see cref="Clients"/> requests released together, and collects every answer.</summary>
    private static async Task<Answer[]> AllAtOnceAsync(Func<int, (string Path, string Json)> request, HttpClient client)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, Clients).Select(async i =>
        {
            var (path, json) = request(i);
            await start.WaitAsync(Ct);
            using var response = await client.PostJsonAsync(path, json, Ct);
            return new Answer(path, response.StatusCode, await response.ReadJsonAsync(Ct));
        }).ToList();
        start.Release(Clients);
        return await Task.WhenAll(tasks);
    }

    private async Task<List<string>> StoredDeputyKeysAsync()
    {
        var keys = new List<string>();
        foreach (var id in s_ids)
        {
            keys.Add((await Smd.QueryScalarAsync<string>($"SELECT deputy_key FROM smd.reservations WHERE component_id = '{id}'"))!);
        }

        return keys;
    }
}
