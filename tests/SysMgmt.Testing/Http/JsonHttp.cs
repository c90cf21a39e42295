using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SysMgmt.Testing.Http;

/// <summary>Raw-JSON requests, so tests control the exact bytes on the wire (key case, wrong types, junk).</summary>
public static class JsonHttp
{
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string uri, string? json, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(method, uri);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return client.SendAsync(request, cancellationToken);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string uri, string json, CancellationToken cancellationToken = default) =>
        client.SendJsonAsync(HttpMethod.Post, uri, json, cancellationToken);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string uri, string json, CancellationToken cancellationToken = default) =>
        client.SendJsonAsync(HttpMethod.Put, uri, json, cancellationToken);

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string uri, string json, CancellationToken cancellationToken = default) =>
        client.SendJsonAsync(HttpMethod.Patch, uri, json, cancellationToken);

    /// <summary>The body as a JSON document; fails the test with the body text when it is not JSON.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} response is not JSON: {text}", exception);
        }
    }
}
