namespace SysMgmt.Inventory.Grpc.Following;

/// <summary>How an <see cref="InventoryFollower"/> reaches SMD's inventory service and how it retries.</summary>
public sealed class InventoryFollowerOptions
{
    /// <summary>SMD's gRPC endpoint: <c>http://</c> for HTTP/2 without TLS (prior knowledge), or <c>https://</c>.</summary>
    public required Uri Address { get; init; }

    /// <summary>
    /// Gives the bearer token for each call (asked again at every reconnect, so it may refresh); null, or a null
    /// token, calls without one (an SMD started with <c>--insecure-no-auth</c>).
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? TokenSource { get; init; }

    /// <summary>
    /// Start by watching after this sequence instead of taking a snapshot (a consumer that keeps its own position).
    /// Null (the default) takes a snapshot first.
    /// </summary>
    public ulong? StartAfter { get; init; }

    /// <summary>The first delay before a reconnect; it doubles at each failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A stream that brings nothing (not even a heartbeat) for this long is taken as dead and reconnected. Keep it above
    /// SMD's heartbeat interval (<c>Smd:Grpc:HeartbeatInterval</c>, 15 s by default).
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// When true, <see cref="InventoryFollower.RunAsync"/> throws if the first connection fails (SMD unreachable, token
    /// refused) instead of retrying, which suits a command line; failures after the first successful call still
    /// reconnect.
    /// </summary>
    public bool FailIfFirstConnectionFails { get; init; }

    /// <summary>The HTTP handler under the gRPC channel (custom TLS trust, tests); a SocketsHttpHandler by default.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }
}
