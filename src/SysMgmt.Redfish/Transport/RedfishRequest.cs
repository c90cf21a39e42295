namespace SysMgmt.Redfish.Transport;

/// <summary>A request to send, possibly several times (retries): method, path or URL, and an optional JSON body.</summary>
internal sealed record RedfishRequest(HttpMethod Method, string Path, byte[]? Json = null, Action<HttpRequestMessage>? Authorize = null)
{
    public HttpRequestMessage ToMessage(Uri uri)
    {
        var message = new HttpRequestMessage(Method, uri);
        message.Headers.Accept.ParseAdd("application/json");
        if (Json is not null)
        {
            message.Content = new ByteArrayContent(Json);
            message.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        Authorize?.Invoke(message);
        return message;
    }
}
