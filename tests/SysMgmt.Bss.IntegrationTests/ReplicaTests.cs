using System.Net;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using static SysMgmt.Bss.IntegrationTests.Infrastructure.StackRequests;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>Two BSS replicas on one database: each answers from memory, and hears the other's writes (LISTEN/NOTIFY).</summary>
public sealed class ReplicaTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private readonly BssStack _stack = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _stack.InitializeAsync();

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    [Fact]
    public async Task Writes_OnOneReplica_AreServedByTheOther()
    {
        var second = await _stack.StartBssReplicaAsync();
        using var first = _stack.BssClient();
        using var other = _stack.BssClient(replica: second);
        using var otherAnonymous = _stack.BssClient(scope: null, replica: second);

        var token = await first.PutParametersAsync("""{"macs":["02:00:00:00:07:01"],"params":"v1","kernel":"http://k/v1"}""");
        // Until it hears of the PUT, the other replica answers the unknown MAC with the arch probe.
        await EventuallyAsync(async () => (await otherAnonymous.ScriptAsync("mac=02:00:00:00:07:01")).Contains("http://k/v1", StringComparison.Ordinal), "the second replica serves the PUT");
        var afterPut = await otherAnonymous.ScriptAsync("mac=02:00:00:00:07:01");

        await Expect(await other.PatchJsonAsync(StackRequests.BootParametersPath, """{"macs":["02:00:00:00:07:01"],"params":"v2"}""", Ct), HttpStatusCode.OK);
        await EventuallyAsync(async () => (await first.GetParametersAsync("mac=02:00:00:00:07:01"))[0].GetProperty("params").GetString() == "v2", "the first replica sees the PATCH");

        await Expect(await other.SendJsonAsync(HttpMethod.Delete, StackRequests.BootParametersPath, """{"macs":["02:00:00:00:07:01"]}""", Ct), HttpStatusCode.OK);
        await EventuallyAsync(async () => (await first.GetAsync(StackRequests.BootParametersPath + "?mac=02:00:00:00:07:01", Ct)).StatusCode == HttpStatusCode.NotFound, "the first replica sees the DELETE");

        Assert.Contains($"v1 bss_referral_token={token} ", afterPut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replica_StartedLater_LoadsEverythingAtStartup()
    {
        using var first = _stack.BssClient();
        await first.PutParametersAsync("""{"hosts":["Unknown-x86_64"],"params":"discovery","kernel":"http://k/discovery"}""");

        var late = await _stack.StartBssReplicaAsync();
        using var lateAnonymous = _stack.BssClient(scope: null, replica: late);

        Assert.Contains(" discovery ds=", await lateAnonymous.ScriptAsync("mac=02:00:00:00:07:99&arch=x86_64"), StringComparison.Ordinal);
    }
}
