using Microsoft.Extensions.Options;
using SysMgmt.Inventory.Grpc.Following;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Follows SMD's inventory stream into the node index when <c>Bss:Smd:GrpcUrl</c> is set: a snapshot at start, then
/// each change as it commits. The <see cref="InventoryFollower"/> reconnects after the last change applied (a broken
/// stream, SMD restarted) and takes a new snapshot when SMD asks for a resync; boot scripts are served from the index
/// in memory all along. Without the setting it does nothing and BSS polls SMD (<see cref="NodeIndexRefreshWorker"/>).
/// </summary>
internal sealed partial class NodeIndexStreamWorker(
    NodeDirectory directory, SmdToken token, IOptions<BssOptions> options, TimeProvider time, ILoggerFactory loggers) : BackgroundService
{
    private volatile InventoryFollower? _follower;

    /// <summary>The stream's state, or null when BSS does not follow SMD's stream.</summary>
    public InventoryFollowerStatus? Status => _follower?.Status;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Smd.Streams)
        {
            return;
        }

        var url = options.Value.Smd.GrpcUrl!.Trim();
        var settings = new InventoryFollowerOptions
        {
            Address = new Uri(url),
            TokenSource = _ => ValueTask.FromResult(token.Read()),
        };
        using var follower = new InventoryFollower(settings, new NodeIndexStreamSink(directory, time), loggers.CreateLogger<InventoryFollower>(), time);
        _follower = follower;
        directory.StreamConnected = () => follower.Status.Connected;
        LogFollowing(loggers.CreateLogger<NodeIndexStreamWorker>(), url);
        try
        {
            await follower.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // BSS is stopping.
        }
        finally
        {
            directory.StreamConnected = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following SMD's inventory stream at {Url}; the periodic read of SMD is a safety net")]
    private static partial void LogFollowing(ILogger logger, string url);
}
