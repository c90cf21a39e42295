using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Subscriptions;

/// <summary>SCNs POSTed to a real subscriber on loopback: which changes give which payloads, in order, and retries.</summary>
public sealed class ScnDeliveryTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string ScnPath = "/hsm/v2/Subscriptions/SCN";
    private const string N0 = "x3000c0s1b0n0";
    private const string N1 = "x3000c0s1b0n1";
    private const string N2 = "x3000c0s1b0n2";

    [Fact]
    public async Task Changes_GiveTheAnchorsPayloads_InOrder_OnlyToMatchingSubscribers()
    {
        using var client = Smd.CreateClient();
        var log = new SubscriberLog();
        var idle = new SubscriberLog();
        await using var subscriber = await RecordingSubscriber.StartAsync(log);
        await using var other = await RecordingSubscriber.StartAsync(idle);
        await SubscribeAsync(client, subscriber.Url, """ "States":["Ready","Off"],"Roles":["Service"],"SoftwareStatus":["AdminDown"],"Enabled":true""");
        await SubscribeAsync(client, other.Url, """ "States":["Halt"]""");

        await client.PostComponentsAsync(Comp(N0), Comp(N1));                                    // new, Ready
        await client.PostComponentsAsync(Comp(N2, "On"));                                        // new, On: not subscribed
        await PatchAsync(client, $"{ComponentsPath}/{N0}/StateData", """{"State":"Off"}""");
        await PatchAsync(client, $"{ComponentsPath}/{N0}/FlagOnly", """{"Flag":"Alert"}""");    // a flag alone: no SCN
        await PatchAsync(client, $"{ComponentsPath}/BulkRole", $$"""{"ComponentIDs":["{{N0}}","{{N1}}"],"Role":"Service"}""");
        await PatchAsync(client, $"{ComponentsPath}/{N1}/NID", """{"NID":77}""");                 // a NID: no SCN
        await PatchAsync(client, $"{ComponentsPath}/{N1}/Enabled", """{"Enabled":false}""");
        await PatchAsync(client, $"{ComponentsPath}/{N2}/SoftwareStatus", """{"SoftwareStatus":"AdminDown"}""");
        await PatchAsync(client, $"{ComponentsPath}/BulkStateData", $$"""{"ComponentIDs":["{{N0}}","{{N1}}","{{N2}}"],"State":"Ready"}""");
        await AssertStatusAsync(await client.DeleteAsync($"{ComponentsPath}/{N2}", Ct), HttpStatusCode.OK); // a deletion: no SCN

        var events = await log.WaitForEventsAsync(9);
        await Task.Delay(500, Ct); // nothing more is coming

        Assert.Equal(
        [
            $"{N0} State=Ready/OK", $"{N1} State=Ready/OK",
            $"{N0} State=Off/OK",
            $"{N0} Role=Service/", $"{N1} Role=Service/",
            $"{N1} Enabled=false",
            $"{N2} SoftwareStatus=AdminDown",
            $"{N0} State=Ready/OK", $"{N2} State=Ready/OK",
        ], log.Events);
        Assert.Equal(6, log.Notifications.Length);
        Assert.Equal($$"""{"Components":["{{N0}}","{{N1}}"],"Flag":"OK","State":"Ready"}""", log.Notifications[0].GetRawText());
        Assert.Equal($$"""{"Components":["{{N1}}"],"Enabled":false}""", log.Notifications[3].GetRawText());
        Assert.Empty(idle.Notifications);
    }

    [Fact]
    public async Task SubscriberDown_NotificationsWaitAndArriveInOrderOnceItIsBack()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0, "On"), Comp(N1, "On"), Comp(N2, "On"));
        var log = new SubscriberLog();
        var subscriber = await RecordingSubscriber.StartAsync(log);
        var port = subscriber.Port;
        var url = subscriber.Url;
        await SubscribeAsync(client, url, """ "States":["Ready","Off"]""");
        await subscriber.DisposeAsync(); // down: connections are refused

        await PatchAsync(client, $"{ComponentsPath}/{N0}/StateData", """{"State":"Off"}""");
        await PatchAsync(client, $"{ComponentsPath}/{N1}/StateData", """{"State":"Ready"}""");
        await PatchAsync(client, $"{ComponentsPath}/{N2}/StateData", """{"State":"Off"}""");
        await WaitForFailedAttemptsAsync(2);
        Assert.Empty(log.Notifications);

        await using var back = await RecordingSubscriber.StartAsync(log, port);
        await log.WaitForEventsAsync(3);
        await Task.Delay(500, Ct);

        Assert.Equal([$"{N0} State=Off/OK", $"{N1} State=Ready/OK", $"{N2} State=Off/OK"], log.Events);
        Assert.Equal(0L, await Smd.QueryScalarAsync<int>("SELECT max(attempts) FROM smd.scn_deliveries"));
    }

    [Fact]
    public async Task NewSubscription_GetsOnlyChangesAfterIt()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp(N0));
        var log = new SubscriberLog();
        await using var subscriber = await RecordingSubscriber.StartAsync(log);

        await SubscribeAsync(client, subscriber.Url, """ "States":["Ready"]""");
        await client.PostComponentsAsync(Comp(N1));

        Assert.Equal([$"{N1} State=Ready/OK"], await log.WaitForEventsAsync(1));
    }

    [Fact]
    public async Task CredentialsInTheUrl_AreSentAsBasicAuthentication_AndNeverLogged()
    {
        using var client = Smd.CreateClient();
        var log = new SubscriberLog();
        await using var subscriber = await RecordingSubscriber.StartAsync(log);
        var url = subscriber.Url.Replace("http://", "http://scn:s3cr%40t@", StringComparison.Ordinal);

        await SubscribeAsync(client, url, """ "States":["Ready"]""");
        await client.PostComponentsAsync(Comp(N0));
        await log.WaitForEventsAsync(1);

        Assert.Equal("Basic " + Convert.ToBase64String("scn:s3cr@t"u8.ToArray()), Assert.Single(log.Authorizations));
        Assert.DoesNotContain(Smd.Factory.Logs.Entries, e => e.Message.Contains("s3cr", StringComparison.Ordinal));
    }

    private async Task WaitForFailedAttemptsAsync(int attempts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await Smd.QueryScalarAsync<int>("SELECT max(attempts) FROM smd.scn_deliveries") < attempts)
        {
            Assert.True(DateTime.UtcNow < deadline, "the dispatcher did not retry");
            await Task.Delay(50, Ct);
        }

        Assert.StartsWith("request failed", await Smd.QueryScalarAsync<string>("SELECT max(last_error) FROM smd.scn_deliveries"), StringComparison.Ordinal);
    }

    private static async Task SubscribeAsync(HttpClient client, string url, string triggers)
    {
        using var response = await client.PostJsonAsync(ScnPath, $$"""{"Subscriber":"test","Url":"{{url}}",{{triggers}}}""", Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
    }

    private static async Task PatchAsync(HttpClient client, string uri, string json)
    {
        using var response = await client.PatchJsonAsync(uri, json, Ct);
        await AssertStatusAsync(response, HttpStatusCode.NoContent);
    }
}
