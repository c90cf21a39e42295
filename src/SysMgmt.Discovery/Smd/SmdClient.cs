using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Redfish;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Discovery.Smd;

/// <summary>
/// The agent's side of SMD's <c>/hsm/v2</c> API. Every call returns an <see cref="SmdAnswer"/>: an unreachable
/// SMD, a timeout or a refusal is a value with a reason, never an exception (Ctrl-C still cancels).
/// </summary>
public sealed class SmdClient : IDisposable
{
    public const string RedfishEndpointsPath = "hsm/v2/Inventory/RedfishEndpoints";
    public const string ComponentEndpointsPath = "hsm/v2/Inventory/ComponentEndpoints";
    public const string HardwarePath = "hsm/v2/Inventory/Hardware";
    public const string ReadyPath = "hsm/v2/service/ready";

    private readonly HttpClient _http;

    public SmdClient(SmdClientOptions options)
    {
        var handler = new SocketsHttpHandler { ConnectTimeout = options.Timeout, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        CertificateValidation.Apply(handler.SslOptions, new RedfishClientOptions { CaBundlePath = options.CaFile });

        var root = options.BaseUri.GetLeftPart(UriPartial.Authority) + "/";
        _http = new HttpClient(handler) { BaseAddress = new Uri(root), Timeout = options.Timeout };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("sysmgmt", "1"));
        if (options.Token is { Length: > 0 } token)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public Task<SmdAnswer> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<SmdAnswer> PostAsync(string path, JsonNode body, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }, cancellationToken);

    public Task<SmdAnswer> PutAsync(string path, JsonNode body, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) }, cancellationToken);

    /// <summary>Null when SMD answers its readiness route; else why not, in words.</summary>
    public async Task<string?> CheckReadyAsync(CancellationToken cancellationToken)
    {
        var answer = await GetAsync(ReadyPath, cancellationToken);
        return answer.IsSuccess ? null : answer.Error ?? $"SMD at {_http.BaseAddress} is not ready: {answer.Describe()}";
    }

    public void Dispose() => _http.Dispose();

    private async Task<SmdAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return new SmdAnswer(response.StatusCode, Parse(text), null);
            }
            catch (HttpRequestException exception)
            {
                return new SmdAnswer(0, null, $"SMD at {_http.BaseAddress} is unreachable: {Reason(exception)}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new SmdAnswer(0, null, $"SMD at {_http.BaseAddress} did not answer within {_http.Timeout.TotalSeconds:0.#} s");
            }
        }
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static string Reason(HttpRequestException exception) => exception.InnerException switch
    {
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
        SocketException socket => socket.Message,
        System.Security.Authentication.AuthenticationException tls => $"TLS: {tls.Message}",
        _ => exception.Message,
    };
}
