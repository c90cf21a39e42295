using System.Net;
using System.Net.Http.Headers;
using Npgsql;
using SysMgmt.Smd.IntegrationTests.Changes;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Subscriptions;

/// <summary>
/// SCN delivery with SMD as real processes on one database: killed in the middle of a stream and started again, it
/// loses nothing and re-sends nothing whose delivery it had recorded; two replicas deliver each notification once.
/// </summary>
public sealed class ScnDeliveryProcessTests(PostgresServerFixture postgres)
{
    private const string ScnPath = "/hsm/v2/Subscriptions/SCN";
    private const int Events = 60;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SmdKilledMidStream_AfterRestart_NothingLostAndNothingRecordedResent()
    {
        using var tokens = new TestTokenIssuer();
        var connectionString = await postgres.Server.CreateDatabaseAsync("scn_restart", Ct);
        var environment = SmdSettings.AsEnvironment(connectionString, tokens);
        var log = new SubscriberLog();
        await using var subscriber = await RecordingSubscriber.StartAsync(log, delay: TimeSpan.FromMilliseconds(40));

        var first = await StartAsync(environment);
        using (var client = Client(first.BaseUrl, tokens))
        {
            await SubscribeAndChangeAsync(client, subscriber.Url);
        }

        await log.WaitForEventsAsync(10);
        await first.DisposeAsync(); // SIGKILL, mid-stream
        var recorded = await RecordedSequenceAsync(connectionString);
        var receivedBeforeRestart = log.Events.Length;
        Assert.InRange(recorded, 1, Events * 2);

        await using var second = await StartAsync(environment);
        using var reader = Client(second.BaseUrl, tokens);
        var expected = await ExpectedEventsAsync(reader);
        var events = await log.WaitForEventsAsync(Events);
        await Task.Delay(1000, Ct);
        events = log.Events;

        Assert.True(receivedBeforeRestart < Events, "the stream had ended before SMD was killed");
        Assert.Equal(expected.Select(e => e.Event), events.Distinct());
        Assert.All(expected.Where(e => e.Sequence <= recorded), e => Assert.Single(events, e.Event));
        Assert.InRange(events.Length - Events, 0, 1); // at most the one notification in flight when SMD died
    }

    [Fact]
    public async Task SmdKilledAfterTheSubscriberConfirmed_SendsThatNotificationAgainWithItsKey_SoEachEventIsHandledOnce()
    {
        using var tokens = new TestTokenIssuer();
        var environment = SmdSettings.AsEnvironment(await postgres.Server.CreateDatabaseAsync("scn_confirmed", Ct), tokens);
        var log = new SubscriberLog();
        ServiceProcess? armed = null;
        var killed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The moment the subscriber's 200 has gone out, SMD dies: before or just after it recorded the confirmation.
        await using var subscriber = await RecordingSubscriber.StartAsync(log, delay: TimeSpan.FromMilliseconds(40), onConfirmed: count =>
        {
            if (Interlocked.Exchange(ref armed, null) is { } smd)
            {
                _ = smd.KillAsync(CancellationToken.None).ContinueWith(_ => killed.TrySetResult(count), TaskScheduler.Default);
            }
        });

        await using var first = await StartAsync(environment);
        using (var client = Client(first.BaseUrl, tokens))
        {
            await SubscribeAndChangeAsync(client, subscriber.Url);
        }

        Volatile.Write(ref armed, first);
        var confirmedBeforeKill = await killed.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        await using var second = await StartAsync(environment);
        using var reader = Client(second.BaseUrl, tokens);
        var expected = await ExpectedEventsAsync(reader);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (log.EventsOncePerKey.Length < Events && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        await Task.Delay(1000, Ct);

        Assert.True(confirmedBeforeKill < Events, "the stream had ended before SMD was killed");
        Assert.Equal(expected.Select(e => e.Event), log.EventsOncePerKey);
        Assert.All(log.Keys, key => Assert.Matches("^\"[0-9a-f-]{36}\"$", key));
        // A key seen twice is the same notification sent again, never another one.
        Assert.All(log.Notifications.Zip(log.Keys).GroupBy(pair => pair.Second),
            sent => Assert.Single(sent.Select(pair => pair.First.GetRawText()).Distinct()));
        Assert.InRange(log.Notifications.Length - log.Keys.Distinct().Count(), 0, 1);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed after confirmation {confirmedBeforeKill}; {log.Notifications.Length - log.Keys.Distinct().Count()} notification(s) sent again with their key");
    }

    [Fact]
    public async Task TwoReplicas_OnOneDatabase_DeliverEachNotificationExactlyOnceInOrder()
    {
        using var tokens = new TestTokenIssuer();
        var environment = SmdSettings.AsEnvironment(await postgres.Server.CreateDatabaseAsync("scn_replicas", Ct), tokens);
        var log = new SubscriberLog();
        await using var subscriber = await RecordingSubscriber.StartAsync(log, delay: TimeSpan.FromMilliseconds(5));
        await using var first = await StartAsync(environment);
        await using var second = await StartAsync(environment);
        using var one = Client(first.BaseUrl, tokens);
        using var other = Client(second.BaseUrl, tokens);

        await SubscribeAndChangeAsync(one, subscriber.Url, other);
        var expected = await ExpectedEventsAsync(one);
        await log.WaitForEventsAsync(Events);
        await Task.Delay(1000, Ct);

        Assert.Equal(expected.Select(e => e.Event), log.Events);
        Assert.Equal(0, await first.StopAsync(Ct));
        Assert.Equal(0, await second.StopAsync(Ct));
    }

    /// <summary>
    /// Subscribes, creates the nodes (On: not notified), then changes each node once, alternating Off and Ready so
    /// that no two notifications merge: <see cref="Events"/> notifications, each about one node.
    /// </summary>
    private static async Task SubscribeAndChangeAsync(HttpClient client, string url, HttpClient? alternate = null)
    {
        using (var subscribed = await client.PostJsonAsync(ScnPath, $$"""{"Subscriber":"test","Url":"{{url}}","States":["Ready","Off"]}""", Ct))
        {
            await AssertStatusAsync(subscribed, HttpStatusCode.OK);
        }

        await client.PostComponentsAsync([.. Enumerable.Range(0, Events).Select(i => Comp(Node(i), "On"))], force: false);
        for (var i = 0; i < Events; i++)
        {
            var writer = alternate is not null && i % 2 == 1 ? alternate : client;
            using var response = await writer.PatchJsonAsync($"{ComponentsPath}/{Node(i)}/StateData", $$"""{"State":"{{State(i)}}"}""", Ct);
            await AssertStatusAsync(response, HttpStatusCode.NoContent);
        }
    }

    /// <summary>Each state change in the feed, as the event the subscriber should see for it, in feed order.</summary>
    private static async Task<List<(long Sequence, string Event)>> ExpectedEventsAsync(HttpClient client) =>
    [
        .. (await client.ReadAllAsync())
            .Where(c => c.GetProperty("Operation").GetString() == "Updated")
            .Select(c => (c.GetProperty("Sequence").GetInt64(), $"{c.GetProperty("ID").GetString()} State={c.GetProperty("Data").Str("State")}/OK")),
    ];

    private static string Node(int i) => $"x3000c0s{i / 8}b0n{i % 8}";

    private static string State(int i) => i % 2 == 0 ? "Off" : "Ready";

    private static async Task<ServiceProcess> StartAsync(Dictionary<string, string> environment)
    {
        var process = ServiceProcess.Start("SysMgmt.Smd.dll", environment);
        await process.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), Ct);
        return process;
    }

    private static async Task<long> RecordedSequenceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT delivered_seq FROM smd.scn_deliveries", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static HttpClient Client(string baseUrl, TestTokenIssuer tokens) => new()
    {
        BaseAddress = new Uri(baseUrl),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateToken(SmdFixture.ReadWrite)) },
    };
}
