namespace SysMgmt.Bss.NodeIndex;

/// <summary>How BSS keeps its copy of SMD's nodes fresh (section <c>Bss:NodeIndex</c>).</summary>
public sealed class NodeIndexOptions
{
    /// <summary>How often the whole index is read again from SMD, in the background.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// While BSS follows SMD's stream (<c>Bss:Smd:GrpcUrl</c>) and the stream is up, how often the whole index is read
    /// again anyway: a safety net, not the way changes arrive. While the stream is broken, <see cref="RefreshInterval"/> applies.
    /// </summary>
    public TimeSpan StreamingRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The least time between two refreshes asked for by requests (an unknown MAC): a boot storm of unknown
    /// nodes causes at most one SMD read per interval.
    /// </summary>
    public TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After this many node records were written (a snapshot or full read swapped in, or changes from the stream) and
    /// then a second without any, BSS compacts its memory once (see <see cref="NodeIndexCompactionWorker"/>). 0: never.
    /// </summary>
    public int CompactAfterNodes { get; set; } = 10_000;
}
