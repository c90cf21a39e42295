using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Redfish.Authentication;

/// <summary>
/// Logs in once per BMC, with the preferred mode first and (when allowed) the other one after it: a session-only BMC
/// refuses Basic, a Basic-only BMC has no sessions. Sessions are deleted on logout.
/// </summary>
internal sealed partial class RedfishAuthenticator(RedfishTransport transport, RedfishCredentials credentials, RedfishClientOptions options, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuthState? _state;

    public RedfishAuthMode? Mode => Volatile.Read(ref _state)?.Mode;

    public async Task<AuthState> EnsureAsync(ServiceRoot root, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _state) is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _state ??= await LoginAsync(root, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="stale"/> (an expired session) so that the next request logs in again.</summary>
    public void Invalidate(AuthState stale) => Interlocked.CompareExchange(ref _state, null, stale);

    public async Task LogoutAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _state, null) is not { Mode: RedfishAuthMode.Session, SessionUri: { } sessionUri } session)
        {
            return;
        }

        try
        {
            var response = await transport.SendAsync(new RedfishRequest(HttpMethod.Delete, sessionUri, Authorize: session.Apply), cancellationToken);
            if (!response.IsSuccess)
            {
                LogLogoutFailed(logger, transport.BaseUri, $"status {(int)response.StatusCode}");
            }
        }
        catch (RedfishException exception)
        {
            // The BMC will expire the session itself; failing here must not hide the caller's own outcome.
            LogLogoutFailed(logger, transport.BaseUri, exception.Message);
        }
    }

    private async Task<AuthState> LoginAsync(ServiceRoot root, CancellationToken cancellationToken)
    {
        RedfishAuthMode[] order = options.Authentication == RedfishAuthMode.Session
            ? [RedfishAuthMode.Session, RedfishAuthMode.Basic]
            : [RedfishAuthMode.Basic, RedfishAuthMode.Session];
        var refusals = new List<string>();
        foreach (var mode in options.AuthenticationFallback ? order : order[..1])
        {
            var (state, refusal) = mode == RedfishAuthMode.Session
                ? await TrySessionAsync(root, cancellationToken)
                : await TryBasicAsync(root, cancellationToken);
            if (state is not null)
            {
                LogAuthenticated(logger, transport.BaseUri, mode, credentials.Username);
                return state;
            }

            refusals.Add(refusal!);
        }

        throw new RedfishException(RedfishErrorKind.Authentication,
            $"{transport.BaseUri} did not accept user '{credentials.Username}': {string.Join("; ", refusals)}", transport.BaseUri, HttpStatusCode.Unauthorized);
    }

    private async Task<(AuthState? State, string? Refusal)> TrySessionAsync(ServiceRoot root, CancellationToken cancellationToken)
    {
        var sessions = root.Links?.Sessions?.ODataId ?? SessionLoginHeaders.DefaultSessionsPath;
        var login = JsonSerializer.SerializeToUtf8Bytes(new SessionLogin(credentials.Username, credentials.Password), RedfishJsonContext.Default.SessionLogin);
        var response = await transport.SendAsync(new RedfishRequest(HttpMethod.Post, sessions, login), cancellationToken);
        if (response.IsSuccess && response.Headers.TryGetValues(SessionLoginHeaders.Token, out var tokens) && tokens.FirstOrDefault() is { Length: > 0 } token)
        {
            return (new AuthState(RedfishAuthMode.Session, credentials, token, response.Location ?? SessionUriFromBody(response, sessions)), null);
        }

        return (null, $"session login answered {(int)response.StatusCode}{(response.IsSuccess ? " without X-Auth-Token" : string.Empty)}");
    }

    private async Task<(AuthState? State, string? Refusal)> TryBasicAsync(ServiceRoot root, CancellationToken cancellationToken)
    {
        var state = new AuthState(RedfishAuthMode.Basic, credentials);
        // Any resource that needs credentials tells whether Basic works; the ServiceRoot itself is public.
        var probe = root.Systems?.ODataId ?? root.Managers?.ODataId ?? root.Chassis?.ODataId ?? root.SessionService?.ODataId;
        if (probe is null)
        {
            return (state, null);
        }

        var response = await transport.SendAsync(new RedfishRequest(HttpMethod.Get, probe, Authorize: state.Apply), cancellationToken);
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? (null, $"Basic answered {(int)response.StatusCode}")
            : (state, null);
    }

    /// <summary>Where to DELETE the session when the BMC sent no Location: its <c>@odata.id</c>, else Sessions/Id.</summary>
    private static string? SessionUriFromBody(RedfishResponse response, string sessions)
    {
        try
        {
            var session = JsonSerializer.Deserialize(response.Body, RedfishJsonContext.Default.Session);
            return session?.ODataId ?? (session?.Id is { } id ? $"{sessions.TrimEnd('/')}/{id}" : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
