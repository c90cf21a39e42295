namespace SysMgmt.Redfish.Transport;

/// <summary>
/// A request to send, possibly several times (retries): method, path or URL, and an optional body: JSON, or content
/// made afresh for each attempt (a firmware image streamed from its file).
/// </summary>
internal sealed record RedfishRequest(HttpMethod Method, string Path, byte[]? Json = null, Action<HttpRequestMessage>? Authorize = null, Func<HttpContent>? Content = null)
{
    public HttpRequestMessage ToMessage(Uri uri)
    {
        var message = new HttpRequestMessage(Method, uri);
        message.Headers.Accept.ParseAdd("application/json");
        if (Content is not null)
        {
            message.Content = Content();
        }
        else if (Json is not null)
        {
            message.Content = new ByteArrayContent(Json);
            message.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        Authorize?.Invoke(message);
        return message;
    }
}
