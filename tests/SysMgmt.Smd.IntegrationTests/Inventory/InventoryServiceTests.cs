using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.IntegrationTests.Changes;
using static SysMgmt.Smd.IntegrationTests.Groups.GroupRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Inventory.InventoryStreams;
using static SysMgmt.Smd.IntegrationTests.Inventory.InventoryWrites;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>The inventory gRPC service over a real HTTP/2 socket: snapshot, watch, resync, auth, health, reflection.</summary>
public sealed class InventoryServiceTests(InventoryFixture fixture) : IClassFixture<InventoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SnapshotAndWatch_DuringConcurrentWrites_EqualTheRestState()
    {
        using var rest = fixture.Smd.CreateRestClient();
        var burst = Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(() => WriteBurstAsync(rest, worker), Ct)));
        var model = new NodeModel();
        using var follower = new InventoryFollower(
            new InventoryFollowerOptions { Address = fixture.Smd.GrpcAddress, TokenSource = _ => ValueTask.FromResult<string?>(fixture.Tokens.CreateToken("read")) },
            model, NullLogger<InventoryFollower>.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // Started while the writers are busy, so that the snapshot is taken in the middle of the burst.
        await Task.Delay(100, Ct);
        var following = follower.RunAsync(stop.Token);

        await burst;
        var latest = (ulong)await rest.LatestAsync();
        await model.WaitForAsync(latest, Patience, Ct);

        var expected = Format((await RestNodeView.ReadAsync(rest)).Values);
        Assert.Equal(expected, Format(model.Nodes.Values));
        Assert.Equal(expected, Format((await fixture.Smd.CreateClient().SnapshotAsync()).Nodes));
        Assert.True(follower.Status is { Connected: true, Synchronized: true, Snapshots: 1, LastError: null }, follower.Status.ToString());
        Assert.Equal(latest, follower.Status.LastSequence);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following);
    }

    [Fact]
    public async Task Snapshot_HeaderCountsTheNodesAndReportsTheLatestSequence()
    {
        using var rest = fixture.Smd.CreateRestClient();
        await rest.PostComponentsAsync(Comp("x2000c0s0b0n0"), Comp("x2000c0s0b0"));
        await rest.PostInterfaceAsync("02:aa:00:00:00:01", "x2000c0s0b0n0", "10.9.0.1", "10.9.0.2");

        var (header, nodes) = await fixture.Smd.CreateClient().SnapshotAsync();

        Assert.Equal((ulong)await rest.LatestAsync(), header.Sequence);
        Assert.Equal((int)header.NodeCount, nodes.Count);
        Assert.Equal(nodes.Select(n => n.Xname).Order(StringComparer.Ordinal), nodes.Select(n => n.Xname));
        var node = Assert.Single(nodes, n => n.Xname == "x2000c0s0b0n0");
        Assert.Equal("02:aa:00:00:00:01", Assert.Single(node.Interfaces).Mac);
        Assert.Equal(["10.9.0.1", "10.9.0.2"], node.Interfaces[0].IpAddresses);
        Assert.DoesNotContain(nodes, n => n.Xname == "x2000c0s0b0");
    }

    [Fact]
    public async Task WatchChanges_FromASequence_SendsEachLaterChangeOnceInOrder()
    {
        using var rest = fixture.Smd.CreateRestClient();
        var since = (ulong)await rest.LatestAsync();
        await rest.PostComponentsAsync(Comp("x2001c0s0b0n0"), Comp("x2001c0s0b0n1"));
        await rest.PostInterfaceAsync("02:bb:00:00:00:01", "x2001c0s0b0n0");
        await rest.PatchStateAsync("x2001c0s0b0n1", "Off");
        var latest = (ulong)await rest.LatestAsync();
        var client = fixture.Smd.CreateClient();

        var all = (await client.WatchAsync(since, (int)(latest - since))).Select(m => m.Change).ToList();
        var resumed = (await client.WatchAsync(all[1].Sequence, (int)(latest - all[1].Sequence))).Select(m => m.Change).ToList();

        Assert.Equal(Enumerable.Range(1, (int)(latest - since)).Select(i => since + (ulong)i), all.Select(c => c.Sequence));
        Assert.Equal(all.Skip(2), resumed);
    }

    [Fact]
    public async Task WatchChanges_NodeLifecycle_CarriesTheNodeViewThenItsRemovals()
    {
        using var rest = fixture.Smd.CreateRestClient();
        const string Node = "x2003c0s0b0n0";
        var client = fixture.Smd.CreateClient();
        var since = (ulong)await rest.LatestAsync();
        await rest.PostComponentsAsync(Comp(Node));
        await rest.PostInterfaceAsync("02:cc:00:00:00:01", Node, "10.3.0.1");
        await rest.PostGroupAsync(GroupJson("watched", members: [Node]));
        var created = (ulong)await rest.LatestAsync();

        var first = (await client.WatchAsync(since, (int)(created - since))).Select(m => m.Change).ToList();
        await rest.DeleteOkAsync($"{InterfacesPath}/02cc00000001");
        await rest.DeleteOkAsync($"{ComponentsPath}/{Node}");
        var deleted = (ulong)await rest.LatestAsync();
        var second = (await client.WatchAsync(created, (int)(deleted - created))).Select(m => m.Change).ToList();

        Assert.Equal($"{ChangeKinds.Component} {ChangeOperations.Created} {Node}", $"{first[0].Kind} {first[0].Operation} {first[0].Id}");
        Assert.All(first.Where(c => c.Kind != ChangeKinds.Group), c => Assert.Equal(Node, c.Node.Xname));
        var view = first[^1].Node;
        Assert.Equal(["watched"], view.Groups);
        Assert.Equal("02:cc:00:00:00:01", Assert.Single(view.Interfaces).Mac);
        Assert.Equal(["10.3.0.1"], view.Interfaces[0].IpAddresses);
        var nicDeleted = Assert.Single(second, c => c.Kind == ChangeKinds.EthernetInterface);
        Assert.Equal("02:cc:00:00:00:01", nicDeleted.RemovedMac);
        Assert.Equal(Node, second[^1].RemovedNode);
    }

    [Fact]
    public async Task WatchChanges_Idle_SendsHeartbeatsWithTheLatestSequence()
    {
        using var rest = fixture.Smd.CreateRestClient();
        var latest = (ulong)await rest.LatestAsync();

        var messages = await fixture.Smd.CreateClient().WatchAsync(latest, 1, skipHeartbeats: false);

        Assert.Equal(latest, Assert.Single(messages).Heartbeat.LatestSequence);
    }

    [Fact]
    public async Task WatchChanges_SinceAheadOfTheFeed_SendsResyncAndEnds()
    {
        using var rest = fixture.Smd.CreateRestClient();
        var latest = (ulong)await rest.LatestAsync();

        var messages = await fixture.Smd.CreateClient().WatchAsync(latest + 1000, 2);

        var resync = Assert.Single(messages).Resync;
        Assert.Equal(latest, resync.LatestSequence);
        Assert.Contains("ahead of the newest change", resync.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchChanges_SinceOlderThanWhatIsKept_SendsResyncAndEnds()
    {
        // A database of its own: the sweep would send every other test of the class a resync.
        await using var smd = KestrelSmd.Start(await fixture.CreateDatabaseAsync(), fixture.Tokens, settings: ("Smd:Changes:MaxRetainedChanges", "1"));
        using var rest = smd.CreateRestClient();
        var since = (ulong)await rest.LatestAsync();
        await rest.PostComponentsAsync(Comp("x2002c0s0b0n0"));
        await rest.PostComponentsAsync(Comp("x2002c0s0b0n1"));
        var latest = (ulong)await rest.LatestAsync();
        Assert.True(await smd.Services.GetRequiredService<ChangeRetention>().SweepAsync(Ct) > 0);

        var messages = await smd.CreateClient().WatchAsync(since, 2);

        var resync = Assert.Single(messages).Resync;
        Assert.Contains("no longer kept", resync.Reason, StringComparison.Ordinal);
        Assert.Equal(latest, resync.LatestSequence);
    }

    [Theory]
    [InlineData(null, StatusCode.Unauthenticated, "a bearer token is required")]
    [InlineData("boot", StatusCode.PermissionDenied, "read")]
    public async Task Calls_WithoutAReadToken_AreRefusedWithAGrpcStatus(string? scope, StatusCode expected, string message)
    {
        var client = fixture.Smd.CreateClient(scope);

        var snapshot = await Assert.ThrowsAsync<RpcException>(() => client.SnapshotAsync());
        var watch = await Assert.ThrowsAsync<RpcException>(() => client.WatchAsync(0, 1));

        Assert.Equal(expected, snapshot.StatusCode);
        Assert.Equal(expected, watch.StatusCode);
        Assert.Contains(message, snapshot.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WithoutToken_AnswersServingForTheServerAndTheInventory()
    {
        var health = new Health.HealthClient(fixture.Smd.CreateChannel(scope: null));

        var server = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);
        var inventory = await health.CheckAsync(new HealthCheckRequest { Service = "sysmgmt.inventory.v1.Inventory" }, cancellationToken: Ct);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, server.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, inventory.Status);
    }

    [Fact]
    public async Task Reflection_WithoutToken_ListsTheInventoryService()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Smd.CreateChannel(scope: null));
        using var call = reflection.ServerReflectionInfo(cancellationToken: Ct);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, Ct);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(Ct));

        Assert.Contains("sysmgmt.inventory.v1.Inventory", call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }

    /// <summary>One writer of the burst: nodes, interfaces, a group and a partition, then updates, a move and deletions.</summary>
    private static async Task WriteBurstAsync(HttpClient rest, int worker)
    {
        string Node(int i) => $"x{3000 + worker}c0s{i}b0n0";
        await rest.PostComponentsAsync([.. Enumerable.Range(0, 4).Select(i => Comp(Node(i))), Comp($"x{3000 + worker}c0s0b0")]);
        for (var i = 0; i < 4; i++)
        {
            await rest.PostInterfaceAsync(Mac(worker, i), Node(i), $"10.{worker}.0.{i + 1}");
        }

        await rest.PostGroupAsync(GroupJson($"burst{worker}", members: [Node(0), Node(1)]));
        await rest.PostPartitionAsync(PartitionJson($"p{worker}", members: [Node(2)]));
        await rest.PatchStateAsync(Node(1), "Off");
        await rest.PatchInterfaceOwnerAsync(Mac(worker, 3), Node(0));
        await rest.PostInterfaceAsync(Mac(worker, 4), Node(1));
        await rest.PatchInterfaceOwnerAsync(Mac(worker, 4), $"x{3000 + worker}c0s0b0");
        await rest.DeleteOkAsync($"{InterfacesPath}/{Mac(worker, 2).Replace(":", "", StringComparison.Ordinal)}");
        await rest.DeleteOkAsync($"{ComponentsPath}/{Node(3)}");
    }
}
