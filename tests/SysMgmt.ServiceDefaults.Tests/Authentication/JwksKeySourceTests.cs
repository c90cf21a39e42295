using SysMgmt.Testing.Http;
using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>
/// JWKS and OIDC discovery modes against a real HTTP server. IdentityModel's configuration manager keeps the keys and
/// reads the wall clock, so the tests that need time to pass use the shortest minimum refresh interval (one second).
/// </summary>
public sealed class JwksKeySourceTests : IDisposable
{
    private static readonly TimeSpan s_minimumInterval = TimeSpan.FromSeconds(1);

    private readonly TestTokenIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    [Fact]
    public async Task Get_WithTokenFromJwksIssuer_Returns200AndFetchesOnce()
    {
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);

        var first = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));
        var second = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("write"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, jwks.RequestCount);
        Assert.Contains(host.Logs.Entries, e => e.Message == $"Fetched 1 signing keys from {jwks.Url}");
    }

    [Fact]
    public async Task Get_ManyConcurrentFirstRequests_FetchOnce()
    {
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, jwks.RequestCount);
    }

    [Fact]
    public async Task Get_AfterKeyRotations_RefetchesAndAcceptsNewKeyOnFirstRequest()
    {
        using var rotated = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);
        using var rotatedAgain = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url, s_minimumInterval);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        jwks.JwksJson = rotated.JwksJson;
        var withNewKey = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, rotated.CreateToken("read"));
        jwks.JwksJson = rotatedAgain.JwksJson;
        await Task.Delay(s_minimumInterval + TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        var withNextKey = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, rotatedAgain.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, withNewKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNextKey.StatusCode);
        Assert.Equal(3, jwks.RequestCount);
    }

    [Fact]
    public async Task Get_FloodOfUnknownKeyIds_FetchesAtMostOnceWithinMinimumInterval()
    {
        // IdentityModel honours the first refresh request after start at once; later ones wait for the interval.
        using var forger = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            responses.Add(await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, forger.CreateToken("read")));
        }

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(2, jwks.RequestCount);
    }

    [Fact]
    public async Task Configure_WithIntervals_HandsThemToTheConfigurationManager()
    {
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await AuthTestHost.StartAsync(
        [
            .. _issuer.ToJwksConfiguration(jwks.Url),
            new("Auth:JwksRefreshInterval", "00:07:00"),
            new("Auth:JwksMinimumRefreshInterval", "00:00:45"),
        ]);

        var options = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        var manager = Assert.IsAssignableFrom<BaseConfigurationManager>(options.ConfigurationManager);
        Assert.Equal(TimeSpan.FromMinutes(7), manager.AutomaticRefreshInterval);
        Assert.Equal(TimeSpan.FromSeconds(45), manager.RefreshInterval);
        Assert.Equal(jwks.Url, manager.MetadataAddress);
    }

    [Fact]
    public async Task Get_WhenRefreshFails_KeepsPreviousKeys()
    {
        using var rotated = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        jwks.FailWithStatus = StatusCodes.Status503ServiceUnavailable;
        var unknownKey = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, rotated.CreateToken("read"));
        var knownKey = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.Unauthorized, unknownKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, knownKey.StatusCode);
        // The first fetch, then one failed refresh: IdentityModel's document retriever tries a 503 twice.
        Assert.Equal(3, jwks.RequestCount);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Could not fetch signing keys from {jwks.Url}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WhenJwksServerIsDown_Returns401NotServerError()
    {
        var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        var url = jwks.Url;
        await jwks.DisposeAsync();
        await using var host = await StartHostAsync(url);

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token is not signed by a trusted key");
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Could not fetch signing keys from {url}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WhenJwksIsNotJson_Returns401()
    {
        await using var jwks = await IdentityProviderServer.StartAsync("<html>login</html>", TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WhenJwksServerIsDown_FetchesAtMostOncePerIntervalAndRecovers()
    {
        await using var jwks = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        jwks.FailWithStatus = StatusCodes.Status503ServiceUnavailable;
        await using var host = await StartHostAsync(jwks.Url, s_minimumInterval);

        var started = DateTimeOffset.UtcNow;
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"))).StatusCode);
        }

        var secondsWhileDown = (int)Math.Ceiling((DateTimeOffset.UtcNow - started) / s_minimumInterval);
        var fetchesWhileDown = jwks.RequestCount;
        jwks.FailWithStatus = 0;
        await Task.Delay(s_minimumInterval + TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        var afterRecovery = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        // At most one refresh per interval, each tried twice (IdentityModel's document retriever retries a 503).
        Assert.InRange(fetchesWhileDown, 1, 2 * (secondsWhileDown + 1));
        Assert.Equal(HttpStatusCode.OK, afterRecovery.StatusCode);
    }

    [Fact]
    public async Task Get_WithAuthorityDiscovery_UsesIssuerAndKeysFromTheDocument()
    {
        // No Auth:Issuer and no key: the provider's discovery document names both (as Keycloak's does).
        await using var provider = await IdentityProviderServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken, _issuer.Issuer);
        await using var host = await AuthTestHost.StartAsync(
        [
            new("Auth:Authority", provider.Authority),
            new("Auth:Audience", _issuer.Audience),
        ]);
        using var otherIssuer = new TestTokenIssuer("https://elsewhere.test", _issuer.Audience);
        provider.JwksJson = $$"""{"keys":[{{KeyOf(_issuer.JwksJson)}},{{KeyOf(otherIssuer.JwksJson)}}]}""";

        var trusted = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));
        var fetchesForTrusted = provider.RequestCount;
        var wrongIssuer = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, otherIssuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
        await ProblemAssert.HasProblemAsync(wrongIssuer, HttpStatusCode.Unauthorized, "the token issuer is not trusted");
        Assert.Equal(1, fetchesForTrusted);
    }

    private static string KeyOf(string jwksJson) =>
        System.Text.Json.JsonDocument.Parse(jwksJson).RootElement.GetProperty("keys")[0].GetRawText();

    private Task<AuthTestHost> StartHostAsync(string jwksUrl, TimeSpan? minimumInterval = null) =>
        AuthTestHost.StartAsync(minimumInterval is { } interval
            ? [.. _issuer.ToJwksConfiguration(jwksUrl), new("Auth:JwksMinimumRefreshInterval", interval.ToString())]
            : _issuer.ToJwksConfiguration(jwksUrl));
}
