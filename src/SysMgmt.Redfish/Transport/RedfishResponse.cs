using System.Net;
using System.Net.Http.Headers;

namespace SysMgmt.Redfish.Transport;

/// <summary>A whole answer from a BMC, body read.</summary>
public sealed record RedfishResponse(Uri Uri, HttpStatusCode StatusCode, HttpResponseHeaders Headers, byte[] Body)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    /// <summary>The <c>Location</c> header (a created session, a task monitor), as sent.</summary>
    public string? Location => Headers.Location?.OriginalString;
}
