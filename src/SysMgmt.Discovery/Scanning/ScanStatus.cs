namespace SysMgmt.Discovery.Scanning;

/// <summary>What scanning one target found.</summary>
public enum ScanStatus
{
    /// <summary>The port is open and <c>GET /redfish/v1/</c> answered with a Redfish ServiceRoot.</summary>
    Redfish,

    /// <summary>The port is open; probing was off, so nothing more is known.</summary>
    Open,

    /// <summary>The port is open but the answer is not a Redfish ServiceRoot (status, not JSON, not HTTP).</summary>
    NotRedfish,

    /// <summary>The port is open but TLS failed: an untrusted certificate, or a peer that does not speak TLS.</summary>
    TlsFailed,

    /// <summary>The port accepted the connection but did not answer the probe within the timeout.</summary>
    NoAnswer,

    /// <summary>The connection was refused: nothing listens there.</summary>
    Closed,

    /// <summary>No answer to the connection attempt within the timeout, or no route to the host.</summary>
    Unreachable,

    /// <summary>Not contacted: the host name resolves only to excluded addresses.</summary>
    Excluded,

    /// <summary>The target could not be scanned: a name that does not resolve, or a local error (no sockets left).</summary>
    Error,
}
