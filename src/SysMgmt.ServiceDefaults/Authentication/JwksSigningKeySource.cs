using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Fetches the issuer's JSON Web Key Set and keeps it for <see cref="AuthOptions.JwksRefreshInterval"/>. A token whose
/// <c>kid</c> is not in the set (the issuer rotated its key) triggers an early fetch, but never more often than
/// <see cref="AuthOptions.JwksMinimumRefreshInterval"/>. When a fetch fails the last good keys stay in use, and
/// tokens that need a key we do not have are rejected (401), never a 500.
/// </summary>
internal sealed partial class JwksSigningKeySource(
    IHttpClientFactory httpClientFactory,
    IOptions<AuthOptions> options,
    TimeProvider time,
    ILogger<JwksSigningKeySource> logger) : ISigningKeySource, IDisposable
{
    public const string HttpClientName = "SysMgmt.Auth.Jwks";

    // One fetch at a time: requests that arrive during a fetch wait for it and use its result.
    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private volatile KeySet? _current;
    private DateTimeOffset? _lastFetchAttempt;

    public async ValueTask<IReadOnlyCollection<SecurityKey>> GetSigningKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && IsUsable(current, keyId))
        {
            return current.Keys;
        }

        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && IsUsable(current, keyId))
            {
                return current.Keys;
            }

            var now = time.GetUtcNow();
            if (_lastFetchAttempt is { } last && now - last < options.Value.JwksMinimumRefreshInterval)
            {
                LogFetchRateLimited(logger, keyId ?? "(none)");
                return current?.Keys ?? [];
            }

            return await RefreshAsync(current, keyId, now, cancellationToken);
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    public void Dispose() => _fetchLock.Dispose();

    private async Task<IReadOnlyCollection<SecurityKey>> RefreshAsync(KeySet? current, string? keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var url = options.Value.JwksUrl!;
        if (current is not null && !string.IsNullOrEmpty(keyId) && !current.KeyIds.Contains(keyId))
        {
            LogUnknownKeyId(logger, keyId);
        }

        try
        {
            var fetched = await FetchAsync(url, now, cancellationToken);
            _current = fetched;
            _lastFetchAttempt = now;
            return fetched.Keys;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The issuer being down must not take the service down: keep the last good keys and try again later.
            _lastFetchAttempt = now;
            LogFetchFailed(logger, url, exception.Message, exception);
            return current?.Keys ?? [];
        }
    }

    private async Task<KeySet> FetchAsync(string url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var json = await client.GetStringAsync(url, cancellationToken);
        var keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
        if (keys.Count == 0)
        {
            LogNoUsableKeys(logger, url);
        }
        else
        {
            LogKeysFetched(logger, keys.Count, url);
        }

        return new KeySet(keys, keys.Select(key => key.KeyId).OfType<string>().ToHashSet(StringComparer.Ordinal), now);
    }

    private bool IsUsable(KeySet keySet, string? keyId) =>
        time.GetUtcNow() - keySet.FetchedAt < options.Value.JwksRefreshInterval
        && (string.IsNullOrEmpty(keyId) || keySet.KeyIds.Contains(keyId));

    private sealed record KeySet(IReadOnlyCollection<SecurityKey> Keys, IReadOnlySet<string> KeyIds, DateTimeOffset FetchedAt);
}
