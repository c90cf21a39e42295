using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json;
using SysMgmt.Redfish.Json;

namespace SysMgmt.Discovery.Scanning;

/// <summary>
/// <c>GET /redfish/v1/</c> without credentials on an open connection, judged as magellan does (200 only) and
/// stricter: the answer must be a JSON object that looks like a ServiceRoot.
/// </summary>
internal static class ServiceRootProbe
{
    /// <summary>A ServiceRoot is a few kilobytes; a larger answer is not one.</summary>
    private const int MaxBody = 1 << 20;

    public static async Task<ScanResult> ProbeAsync(
        Socket socket, ScanTarget target, SslClientAuthenticationOptions tls, TimeSpan timeout, CancellationToken cancellationToken)
    {
        SslPolicyErrors? rejected = null;
        using var handler = new SocketsHttpHandler
        {
            // The connection is the one the scan opened: no second connection, no proxy, nothing pooled afterwards.
            // The stream owns the socket: on a timeout HttpClient disposes the stream, and only closing the socket
            // ends a plain-HTTP read that waits for an answer.
            ConnectCallback = (_, _) => ValueTask.FromResult<Stream>(new NetworkStream(socket, ownsSocket: true)),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        // The scan's TLS settings, watched: a rejected certificate is told apart from other handshake failures.
        var validation = tls.RemoteCertificateValidationCallback;
        handler.SslOptions.CertificateChainPolicy = tls.CertificateChainPolicy;
        handler.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
        {
            var trusted = validation?.Invoke(sender, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
            rejected = trusted ? null : errors;
            return trusted;
        };
        using var http = new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxBody };
        using var request = new HttpRequestMessage(HttpMethod.Get, target.ServiceRootUri) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.ConnectionClose = true;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token);
            var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
            return Judge(target, response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ScanResult(target, ScanStatus.NoAnswer, $"accepted the connection but did not answer GET /redfish/v1/ within {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException) when (rejected is { } errors)
        {
            return new ScanResult(target, ScanStatus.TlsFailed, $"the certificate is not trusted: {Describe(errors)}");
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.SecureConnectionError || exception.InnerException is AuthenticationException)
        {
            return new ScanResult(target, ScanStatus.TlsFailed, $"TLS handshake failed: {Innermost(exception).Message}");
        }
        catch (HttpRequestException exception)
        {
            return new ScanResult(target, ScanStatus.NotRedfish, $"no HTTP answer to GET /redfish/v1/: {Innermost(exception).Message}");
        }
    }

    private static ScanResult Judge(ScanTarget target, HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK)
        {
            return new ScanResult(target, ScanStatus.NotRedfish, $"GET /redfish/v1/ answered {(int)status} {status}");
        }

        Redfish.Models.ServiceRoot? root;
        try
        {
            root = JsonSerializer.Deserialize(body, RedfishJsonContext.Default.ServiceRoot);
        }
        catch (JsonException)
        {
            return new ScanResult(target, ScanStatus.NotRedfish, "GET /redfish/v1/ answered 200 with something that is not a JSON object");
        }

        var looksLikeServiceRoot = root is not null
            && (root.RedfishVersion is not null || root.ODataType?.StartsWith("#ServiceRoot.", StringComparison.Ordinal) == true);
        return looksLikeServiceRoot
            ? new ScanResult(target, ScanStatus.Redfish, ServiceRoot: root)
            : new ScanResult(target, ScanStatus.NotRedfish, "GET /redfish/v1/ answered JSON that is not a Redfish ServiceRoot (no RedfishVersion, no #ServiceRoot type)");
    }

    private static string Describe(SslPolicyErrors errors) => errors switch
    {
        _ when errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable) => "no certificate was presented",
        _ when errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) => "it names another host",
        _ => "it does not chain to a trusted CA",
    };

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
