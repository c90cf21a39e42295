using System.Net;

namespace SysMgmt.Redfish;

/// <summary>Every failure the Redfish client reports: the kind, and where it happened.</summary>
public sealed class RedfishException(RedfishErrorKind kind, string message, Uri? resource = null, HttpStatusCode? statusCode = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public RedfishErrorKind Kind { get; } = kind;

    /// <summary>The URL of the failed request, when there was one.</summary>
    public Uri? Resource { get; } = resource;

    /// <summary>The HTTP status, when the BMC answered.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
