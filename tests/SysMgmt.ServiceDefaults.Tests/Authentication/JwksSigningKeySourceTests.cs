using SysMgmt.Testing.Http;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Time;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>JWKS mode against a real HTTP server; a manual clock drives refresh intervals and the rate limit.</summary>
public sealed class JwksSigningKeySourceTests : IDisposable
{
    private readonly TestTokenIssuer _issuer = new();
    private readonly ManualTimeProvider _time = new();

    public void Dispose() => _issuer.Dispose();

    [Fact]
    public async Task Get_WithTokenFromJwksIssuer_Returns200AndFetchesOnce()
    {
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);

        var first = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));
        var second = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("write"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, jwks.RequestCount);
    }

    [Fact]
    public async Task Get_ManyConcurrentFirstRequests_FetchOnce()
    {
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, jwks.RequestCount);
    }

    [Fact]
    public async Task Get_AfterKeyRotation_RefetchesAndAcceptsNewKey()
    {
        using var rotated = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        jwks.JwksJson = rotated.JwksJson;
        _time.Advance(TimeSpan.FromSeconds(31));
        var withNewKey = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, rotated.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, withNewKey.StatusCode);
        Assert.Equal(2, jwks.RequestCount);
        Assert.Contains(host.Logs.Entries, e => e.Message == $"A token names unknown key {rotated.KeyId}; fetching the JWKS again");
    }

    [Fact]
    public async Task Get_WithUnknownKeyIdSoonAfterFetch_DoesNotRefetch()
    {
        using var rotated = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        jwks.JwksJson = rotated.JwksJson;
        _time.Advance(TimeSpan.FromSeconds(10));
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, rotated.CreateToken("read")));
        }

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(1, jwks.RequestCount);
    }

    [Fact]
    public async Task Get_AfterRefreshInterval_FetchesAgain()
    {
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        _time.Advance(TimeSpan.FromMinutes(9));
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));
        var fetchesBeforeInterval = jwks.RequestCount;
        _time.Advance(TimeSpan.FromMinutes(2));
        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, fetchesBeforeInterval);
        Assert.Equal(2, jwks.RequestCount);
    }

    [Fact]
    public async Task Get_WhenRefreshFails_KeepsPreviousKeys()
    {
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        jwks.FailWithStatus = StatusCodes.Status503ServiceUnavailable;
        _time.Advance(TimeSpan.FromMinutes(11));
        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, jwks.RequestCount);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Could not fetch signing keys from {jwks.Url}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WhenJwksServerIsDown_Returns401NotServerError()
    {
        var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
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
        await using var jwks = await JwksServer.StartAsync("<html>login</html>", TestContext.Current.CancellationToken);
        await using var host = await StartHostAsync(jwks.Url);

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WhenJwksServerIsDown_RetriesOnlyAfterMinimumInterval()
    {
        await using var jwks = await JwksServer.StartAsync(_issuer.JwksJson, TestContext.Current.CancellationToken);
        jwks.FailWithStatus = StatusCodes.Status503ServiceUnavailable;
        await using var host = await StartHostAsync(jwks.Url);

        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));
        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));
        var fetchesWhileDown = jwks.RequestCount;
        jwks.FailWithStatus = 0;
        _time.Advance(TimeSpan.FromSeconds(31));
        var afterRecovery = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(1, fetchesWhileDown);
        Assert.Equal(HttpStatusCode.OK, afterRecovery.StatusCode);
        Assert.Equal(2, jwks.RequestCount);
    }

    private Task<AuthTestHost> StartHostAsync(string jwksUrl) =>
        AuthTestHost.StartAsync(_issuer.ToJwksConfiguration(jwksUrl), services => services.AddSingleton<TimeProvider>(_time));
}
