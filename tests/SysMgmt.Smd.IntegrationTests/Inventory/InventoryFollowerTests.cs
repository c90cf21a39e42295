using Grpc.Core;
using Microsoft.Extensions.Logging;
using SysMgmt.Inventory.Grpc.Following;
using SysMgmt.Smd.IntegrationTests.Changes;
using SysMgmt.Testing;
using SysMgmt.Testing.Logging;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Inventory.InventoryStreams;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>The client-side follower against a real SMD: restarts, resyncs and refusals.</summary>
public sealed class InventoryFollowerTests(InventoryFixture fixture) : IClassFixture<InventoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ListLoggerProvider _logs = new();

    [Fact]
    public async Task Follower_SmdStoppedAndStartedAgain_ResumesWithoutGapOrRepeat()
    {
        var database = await fixture.CreateDatabaseAsync();
        var grpcPort = LoopbackPorts.FindFree();
        var first = KestrelSmd.Start(database, fixture.Tokens, grpcPort);
        using (var rest = first.CreateRestClient())
        {
            await rest.PostComponentsAsync(Comp("x4000c0s0b0n0"));
        }

        var model = new NodeModel();
        var token = fixture.Tokens.CreateToken("read");
        using var follower = Follower(first.GrpcAddress, model, token);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var following = follower.RunAsync(stop.Token);
        await follower.Synchronized.WaitAsync(Patience, Ct);
        var snapshotSequence = model.Sequence;
        using (var rest = first.CreateRestClient())
        {
            await rest.PostComponentsAsync(Comp("x4000c0s0b0n1"));
            await model.WaitForAsync((ulong)await rest.LatestAsync(), Patience, Ct);
        }

        await first.DisposeAsync();
        // Written while SMD is down (as by another replica): the feed records it all the same.
        await using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            await connection.OpenAsync(Ct);
            await using var insert = new Npgsql.NpgsqlCommand("INSERT INTO smd.components (id, type, state) VALUES ('x4000c0s0b0n2', 'Node', 'Ready')", connection);
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await WaitUntilAsync(() => !follower.Status.Connected && follower.Status.LastError is not null);
        await using var second = KestrelSmd.Start(database, fixture.Tokens, grpcPort);
        using var restAgain = second.CreateRestClient();
        await restAgain.PostComponentsAsync(Comp("x4000c0s0b0n3"));
        var latest = (ulong)await restAgain.LatestAsync();
        await model.WaitForAsync(latest, Patience, Ct);

        Assert.Equal(Enumerable.Range(1, (int)(latest - snapshotSequence)).Select(i => snapshotSequence + (ulong)i), model.Applied);
        Assert.Equal(1, model.Resets);
        Assert.True(follower.Status is { Connected: true, LastError: null, Reconnects: > 0 }, follower.Status.ToString());
        Assert.Equal(Format((await RestNodeView.ReadAsync(restAgain)).Values), Format(model.Nodes.Values));
        Assert.Contains(_logs.Entries, e => e.Message.Contains("Reconnected to the inventory stream", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following);
    }

    [Fact]
    public async Task Follower_StartingAfterASequenceAheadOfTheFeed_IsToldToResyncAndTakesASnapshot()
    {
        using var rest = fixture.Smd.CreateRestClient();
        await rest.PostComponentsAsync(Comp("x4001c0s0b0n0"));
        var latest = (ulong)await rest.LatestAsync();
        var model = new NodeModel();
        using var follower = Follower(fixture.Smd.GrpcAddress, model, fixture.Tokens.CreateToken("read"), startAfter: latest + 100);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var following = follower.RunAsync(stop.Token);
        await WaitUntilAsync(() => follower.Status.Snapshots == 1);

        Assert.Equal(1, model.Resets);
        Assert.Equal(latest, model.Sequence);
        Assert.Contains("x4001c0s0b0n0", model.Nodes.Keys);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("resync", StringComparison.Ordinal));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following);
    }

    [Theory]
    [InlineData("boot", StatusCode.PermissionDenied)]
    [InlineData(null, StatusCode.Unauthenticated)]
    public async Task Follower_FailingFastAndRefused_ThrowsTheStatus(string? scope, StatusCode expected)
    {
        var token = scope is null ? null : fixture.Tokens.CreateToken(scope);
        using var follower = Follower(fixture.Smd.GrpcAddress, new NodeModel(), token, failFast: true);

        var refused = await Assert.ThrowsAsync<RpcException>(() => follower.RunAsync(Ct));

        Assert.Equal(expected, refused.StatusCode);
    }

    [Fact]
    public async Task Follower_FailingFastAndNothingListens_ThrowsUnavailable()
    {
        using var follower = Follower(new Uri($"http://127.0.0.1:{LoopbackPorts.FindFree()}"), new NodeModel(), token: null, failFast: true);

        var refused = await Assert.ThrowsAsync<RpcException>(() => follower.RunAsync(Ct));

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
    }

    private InventoryFollower Follower(Uri address, NodeModel model, string? token, ulong? startAfter = null, bool failFast = false) =>
        new(new InventoryFollowerOptions
        {
            Address = address,
            TokenSource = _ => ValueTask.FromResult(token),
            StartAfter = startAfter,
            MinBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(500),
            FailIfFirstConnectionFails = failFast,
        }, model, new LoggerFactory([_logs]).CreateLogger<InventoryFollower>());

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the follower");
            await Task.Delay(20, Ct);
        }
    }
}
