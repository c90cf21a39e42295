using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// POSTs notifications as a Go client does: a JSON body with its Content-Length, and credentials in the URL
/// (<c>http://user:password@host/…</c>) sent as Basic authentication. Redirects are not followed: a subscriber is
/// exactly the URL it registered. Each notification carries an <c>Idempotency-Key</c> header, the same on every
/// attempt (ScnPendingStore), so that a subscriber can drop one it has already handled.
/// </summary>
internal sealed class ScnSender(IHttpClientFactory clients, IOptions<ScnOptions> options)
{
    public const string HttpClientName = "SysMgmt.Smd.Scn";

    /// <summary>
    /// Null when the subscriber confirmed (any 2xx); otherwise why not, in words safe to log and store (a status
    /// code or the kind of failure, never the URL, which may carry credentials).
    /// </summary>
    public async Task<string?> SendAsync(string url, ScnOutgoing notification)
    {
        var target = new UriBuilder(url);
        using var request = new HttpRequestMessage(HttpMethod.Post, new UriBuilder(target.Uri) { UserName = "", Password = "" }.Uri)
        {
            Content = new ByteArrayContent(notification.Body)
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
            },
        };
        // A structured-field string, as the IETF draft on the Idempotency-Key header defines it.
        request.Headers.TryAddWithoutValidation("Idempotency-Key", $"\"{notification.Key}\"");
        if (target.UserName.Length > 0)
        {
            var credentials = $"{Uri.UnescapeDataString(target.UserName)}:{Uri.UnescapeDataString(target.Password)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        // Not the host's stopping token: a notification in flight at shutdown is finished, and its cursor saved, so
        // the next start does not send it again.
        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return $"request failed ({exception.HttpRequestError})";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return $"no answer within {options.Value.RequestTimeout}";
        }
    }
}
