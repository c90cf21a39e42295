using Microsoft.Extensions.Options;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Tests.Bmcs;

public sealed class BmcBatchTests : IDisposable
{
    private readonly RedfishClientFactory _clients = new(Options.Create(new RedfishClientOptions()));

    public void Dispose() => _clients.Dispose();

    [Fact]
    public async Task RunAsync_ManyBmcs_NeverRunsMoreThanTheBoundAndKeepsTheirOrder()
    {
        var batch = new BmcBatch(_clients, BmcCredentialResolver.Explicit(new RedfishCredentials("root", "pw")));
        var bmcs = Enumerable.Range(1, 24).Select(i => new Uri($"https://10.0.0.{i}:443")).ToList();
        var inFlight = 0;
        var most = 0;

        var outcomes = await batch.RunAsync(bmcs, 3, async (client, token) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(Random.Shared.Next(5, 30), token);
            Interlocked.Decrement(ref inFlight);
            return client.BaseUri.ToString();
        }, TestContext.Current.CancellationToken);

        Assert.Equal(3, most);
        Assert.Equal(bmcs.Select(b => b.ToString()), outcomes.Select(o => o.Result));
    }

    [Fact]
    public async Task RunAsync_FailuresOfSomeBmcs_BecomeTheirOutcomesAndTheOthersRun()
    {
        var batch = new BmcBatch(_clients, BmcCredentialResolver.Explicit(new RedfishCredentials("root", "pw")));
        Uri[] bmcs = [new("https://10.0.0.1:443"), new("https://10.0.0.2:443"), new("https://10.0.0.3:443")];

        var outcomes = await batch.RunAsync(bmcs, 2, (client, _) => client.BaseUri.Host == "10.0.0.2"
            ? throw new RedfishException(RedfishErrorKind.Timeout, "no answer")
            : Task.FromResult("done"), TestContext.Current.CancellationToken);

        Assert.Equal([true, false, true], outcomes.Select(o => o.Succeeded));
        Assert.Equal(("no answer", RedfishErrorKind.Timeout), (outcomes[1].Error, outcomes[1].ErrorKind));
    }

    [Fact]
    public async Task RunAsync_BmcWithoutCredentials_FailsWithoutRunningTheWork()
    {
        var batch = new BmcBatch(_clients, new BmcCredentialResolver(null, username: "root"));
        var ran = 0;

        var outcomes = await batch.RunAsync([new Uri("https://10.0.0.1:443")], 1, (_, _) =>
        {
            Interlocked.Increment(ref ran);
            return Task.FromResult("done");
        }, TestContext.Current.CancellationToken);

        Assert.Equal(0, ran);
        Assert.StartsWith("no credentials for https://10.0.0.1:443", outcomes[0].Error, StringComparison.Ordinal);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
