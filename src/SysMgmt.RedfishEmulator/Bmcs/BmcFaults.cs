namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>What goes wrong on one emulated BMC. Faults combine, e.g. latency with Basic-only.</summary>
public sealed record BmcFaults
{
    public static BmcFaults None { get; } = new();

    /// <summary>Added before every answer.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Nothing listens on the BMC's address, so connections are refused. Takes effect at startup.</summary>
    public bool RefuseConnections { get; init; }

    /// <summary>Requests are accepted and never answered.</summary>
    public bool Hang { get; init; }

    /// <summary>The next this many requests answer 500; <see cref="int.MaxValue"/> for every request.</summary>
    public int ServerErrors { get; init; }

    /// <summary>JSON bodies are cut in half but sent as complete responses: the client gets invalid JSON.</summary>
    public bool MalformedJson { get; init; }

    /// <summary>JSON bodies promise their full length, send half, and the connection is dropped.</summary>
    public bool TruncatedBodies { get; init; }

    public BmcAuthModes Auth { get; init; } = BmcAuthModes.SessionAndBasic;
}
