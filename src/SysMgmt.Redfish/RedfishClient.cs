using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using SysMgmt.Redfish.Authentication;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Redfish;

/// <summary>
/// A connection to one BMC. Logs in on first need (session, or Basic), reads typed resources and collections
/// (paging and <c>$expand</c>), sends actions, and logs out on dispose. Create it with <see cref="RedfishClientFactory"/>.
/// </summary>
public sealed partial class RedfishClient : IAsyncDisposable
{
    /// <summary>The ServiceRoot, readable without credentials.</summary>
    public const string ServiceRootPath = "/redfish/v1/";

    private readonly RedfishTransport _transport;
    private readonly RedfishAuthenticator _authenticator;
    private readonly RedfishClientOptions _options;
    private readonly ILogger _logger;
    private ServiceRoot? _serviceRoot;

    internal RedfishClient(HttpClient http, RedfishEndpoint endpoint, RedfishClientOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _transport = new RedfishTransport(http, endpoint.BaseUri, options, time, logger);
        _authenticator = new RedfishAuthenticator(_transport, endpoint.Credentials, options, logger);
    }

    public Uri BaseUri => _transport.BaseUri;

    /// <summary>How the client authenticated, once it has.</summary>
    public RedfishAuthMode? AuthenticatedWith => _authenticator.Mode;

    /// <summary>The ServiceRoot (fetched once, without credentials).</summary>
    public async Task<ServiceRoot> GetServiceRootAsync(CancellationToken cancellationToken)
    {
        if (_serviceRoot is { } cached)
        {
            return cached;
        }

        var response = await _transport.SendAsync(new RedfishRequest(HttpMethod.Get, ServiceRootPath), cancellationToken);
        return _serviceRoot = Read(EnsureSuccess(response), RedfishJsonContext.Default.ServiceRoot);
    }

    /// <summary>The resource at <paramref name="path"/> (an <c>@odata.id</c> or a URL).</summary>
    public async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        Read(EnsureSuccess(await SendAsync(HttpMethod.Get, path, null, cancellationToken)), type);

    /// <summary>
    /// The linked resource, or null when the link is missing or dangling (404, or a 200 whose body says the resource
    /// is missing): BMCs leave many out.
    /// </summary>
    public async Task<T?> GetOptionalAsync<T>(ODataLink? link, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (link?.ODataId is not { Length: > 0 } path)
        {
            return null;
        }

        var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        try
        {
            return Read(EnsureSuccess(response), type);
        }
        catch (RedfishException exception) when (exception.Kind == RedfishErrorKind.NotFound)
        {
            LogDanglingLink(_logger, response.Uri);
            return null;
        }
    }

    /// <summary>A raw request with credentials; the answer is returned whatever its status.</summary>
    public Task<RedfishResponse> SendAsync(HttpMethod method, string path, byte[]? json, CancellationToken cancellationToken) =>
        SendAuthorizedAsync(method, path, json, null, cancellationToken);

    /// <summary>POSTs or PATCHes <paramref name="body"/> and fails with a <see cref="RedfishException"/> unless the BMC accepts it.</summary>
    public async Task<RedfishResponse> SendJsonAsync<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> type, CancellationToken cancellationToken) =>
        EnsureSuccess(await SendAuthorizedAsync(method, path, JsonSerializer.SerializeToUtf8Bytes(body, type), null, cancellationToken));

    /// <summary>
    /// Sends a non-JSON body (a firmware image, a multipart form) and fails with a <see cref="RedfishException"/>
    /// unless the BMC accepts it. <paramref name="content"/> is called once per attempt, so a retry sends it whole again.
    /// </summary>
    public async Task<RedfishResponse> SendContentAsync(HttpMethod method, string path, Func<HttpContent> content, CancellationToken cancellationToken) =>
        EnsureSuccess(await SendAuthorizedAsync(method, path, null, content, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        using var logout = new CancellationTokenSource(_options.RequestTimeout);
        await _authenticator.LogoutAsync(logout.Token);
        _transport.Dispose();
    }

    private async Task<RedfishResponse> SendAuthorizedAsync(HttpMethod method, string path, byte[]? json, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        var root = await GetServiceRootAsync(cancellationToken);
        var auth = await _authenticator.EnsureAsync(root, cancellationToken);
        var response = await _transport.SendAsync(new RedfishRequest(method, path, json, auth.Apply, content), cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && auth.Mode == RedfishAuthMode.Session)
        {
            // The session expired or was deleted on the BMC: log in again, once.
            _authenticator.Invalidate(auth);
            auth = await _authenticator.EnsureAsync(root, cancellationToken);
            response = await _transport.SendAsync(new RedfishRequest(method, path, json, auth.Apply, content), cancellationToken);
        }

        return response;
    }

    internal static T Read<T>(RedfishResponse response, JsonTypeInfo<T> type)
    {
        try
        {
            var value = JsonSerializer.Deserialize(response.Body, type)
                ?? throw new RedfishException(RedfishErrorKind.InvalidResponse, $"{response.Uri} answered null instead of a {typeof(T).Name}", response.Uri, response.StatusCode);
            return value is RedfishResource { ODataId: null, ExtensionData: { } extra } && extra.ContainsKey("error")
                ? throw ErrorDisguisedAsSuccess(response, typeof(T).Name)
                : value;
        }
        catch (JsonException exception)
        {
            throw new RedfishException(RedfishErrorKind.InvalidResponse,
                $"{response.Uri} did not answer a valid {typeof(T).Name}: {exception.Message}", response.Uri, response.StatusCode, exception);
        }
    }

    /// <summary>
    /// Some BMCs (and mockups captured from them) answer 200 with a Redfish error body. One that says the resource is
    /// missing is a dangling link like a 404; any other is an answer that cannot be used.
    /// </summary>
    private static RedfishException ErrorDisguisedAsSuccess(RedfishResponse response, string expected)
    {
        var missing = RedfishErrorMessages.MessageIds(response.Body).Any(id => id.EndsWith("ResourceMissingAtURI", StringComparison.Ordinal));
        return new RedfishException(missing ? RedfishErrorKind.NotFound : RedfishErrorKind.InvalidResponse,
            $"{response.Uri} answered {(int)response.StatusCode} with an error instead of a {expected}{RedfishErrorMessages.Describe(response.Body)}",
            response.Uri, response.StatusCode);
    }

    internal static RedfishResponse EnsureSuccess(RedfishResponse response)
    {
        if (response.IsSuccess)
        {
            return response;
        }

        var kind = (int)response.StatusCode switch
        {
            401 or 403 => RedfishErrorKind.Authentication,
            404 => RedfishErrorKind.NotFound,
            >= 500 => RedfishErrorKind.ServerError,
            _ => RedfishErrorKind.Rejected,
        };
        throw new RedfishException(kind, $"{response.Uri} answered {(int)response.StatusCode} {response.StatusCode}{RedfishErrorMessages.Describe(response.Body)}", response.Uri, response.StatusCode);
    }
}
