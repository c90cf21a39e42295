using System.Net.Http.Headers;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>HTTP clients for the services that scripts/up starts on 127.0.0.1.</summary>
internal static class LoopbackClients
{
    /// <summary>A client for 127.0.0.1:<paramref name="port"/>, sending <paramref name="token"/> as a bearer token when given.</summary>
    public static HttpClient Create(int port, string? token)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
