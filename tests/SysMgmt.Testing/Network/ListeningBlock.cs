using System.Net;

namespace SysMgmt.Testing.Network;

/// <summary>Listeners started by <see cref="LoopbackBlock.StartListeners"/>: the block they are in and their ports.</summary>
public sealed record ListeningBlock(RecordingListeners Listeners, IPAddress Block, int[] Ports) : IAsyncDisposable
{
    /// <summary>The address <paramref name="offset"/> away from the block's first address.</summary>
    public IPAddress Address(long offset) => LoopbackBlock.Offset(Block, offset);

    public ValueTask DisposeAsync() => Listeners.DisposeAsync();
}
