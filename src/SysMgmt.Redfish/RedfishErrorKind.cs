namespace SysMgmt.Redfish;

/// <summary>Why a Redfish request failed.</summary>
public enum RedfishErrorKind
{
    /// <summary>No connection: refused, reset, unreachable, or the connection dropped mid-response.</summary>
    Connection,

    /// <summary>The BMC's certificate was not trusted (or TLS failed).</summary>
    Tls,

    /// <summary>A request got no answer within the per-request timeout, or the BMC's deadline passed.</summary>
    Timeout,

    /// <summary>The credentials were rejected, by sessions and Basic alike.</summary>
    Authentication,

    /// <summary>The resource does not exist (404).</summary>
    NotFound,

    /// <summary>The BMC answered 5xx, also after retries.</summary>
    ServerError,

    /// <summary>The BMC refused the request (4xx other than 401/403/404), e.g. a value not in the allowable list.</summary>
    Rejected,

    /// <summary>The answer is not the JSON expected (malformed, truncated, or the wrong shape).</summary>
    InvalidResponse,

    /// <summary>The BMC does not offer what was asked, e.g. no Reset action on the System.</summary>
    Unsupported,
}
