using SysMgmt.Testing.Http;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

public sealed class BearerTokenHandlerTests : IDisposable
{
    private readonly TestTokenIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    [Fact]
    public async Task Get_WithoutToken_Returns401WithChallengeAndProblem()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath);

        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "a bearer token is required");
    }

    [Fact]
    public async Task Get_WithGarbageToken_Returns401InvalidToken()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, "not-a-jwt");

        Assert.Equal("Bearer error=\"invalid_token\", error_description=\"the token is not a well-formed JWT\"",
            Assert.Single(response.Headers.WwwAuthenticate).ToString());
        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token is not a well-formed JWT");
    }

    [Fact]
    public async Task Get_WithDamagedPayload_Returns401InvalidToken()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var parts = _issuer.CreateToken("read").Split('.');

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, $"{parts[0]}.e30x{parts[1]}.{parts[2]}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Get_WithExpiredToken_Returns401Expired()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken("read", notBefore: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1));

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token has expired");
    }

    [Fact]
    public async Task Get_WithTokenExpiredWithinClockSkew_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken("read", notBefore: DateTime.UtcNow.AddMinutes(-10), lifetime: TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(20));

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithTokenNotYetValid_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken("read", notBefore: DateTime.UtcNow.AddMinutes(10));

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token is not valid yet");
    }

    [Fact]
    public async Task Get_WithWrongIssuer_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read", issuer: "https://evil.example"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token issuer is not trusted");
    }

    [Fact]
    public async Task Get_WithWrongAudience_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read", audience: "another-service"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token audience is not this service");
    }

    [Fact]
    public async Task Get_WithAudienceArrayNamingService_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken(new Dictionary<string, object>
        {
            ["sub"] = "test",
            ["scope"] = "read",
            ["aud"] = new[] { "another-service", _issuer.Audience },
        });

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutSubject_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read", subject: ""));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token has no subject (sub)");
    }

    [Fact]
    public async Task Get_SignedWithAnotherKey_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        using var impostor = new TestTokenIssuer(_issuer.Issuer, _issuer.Audience);

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, impostor.CreateToken("read write"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token is not signed by a trusted key");
    }

    [Fact]
    public async Task Get_WithoutKeyIdSignedWithAnotherKey_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        using var rsa = RSA.Create(2048);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer.Issuer,
            Audience = _issuer.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "attacker", ["scope"] = "read" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        });

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "the token is not signed by a trusted key");
    }

    [Fact]
    public async Task Post_WithHs256TokenKeyedByPublicKey_Returns401()
    {
        // The classic algorithm confusion: an attacker signs with HMAC, using the (public) PEM as the secret.
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var hmacKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_issuer.PublicKeyPem));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer.Issuer,
            Audience = _issuer.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "attacker", ["scope"] = "write" },
            SigningCredentials = new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256),
        });

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithUnsignedToken_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var exp = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
        var payload = $$"""{"iss":"{{_issuer.Issuer}}","aud":"{{_issuer.Audience}}","sub":"attacker","scope":"write","exp":{{exp}}}""";
        var token = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode(payload)}.";

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithReadToken_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithReadToken_Returns403WithProblem()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(
            "Bearer error=\"insufficient_scope\", error_description=\"the token lacks the 'write' scope\", scope=\"write\"",
            Assert.Single(response.Headers.WwwAuthenticate).ToString());
        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden, "the token lacks the 'write' scope");
    }

    [Fact]
    public async Task Post_WithWriteToken_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("write"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetPublic_WithoutToken_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.PublicPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetPublic_WithGarbageToken_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.PublicPath, "not-a-jwt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnmappedRouteWithoutToken_Returns401()
    {
        // Secure by default: the fallback policy covers requests that match no endpoint, so probing reveals nothing.
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, "/no-such-route");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetWhoAmI_WithToken_SeesSubjectAsName()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.WhoAmIPath, _issuer.CreateToken("read", subject: "admin"));

        Assert.Equal("admin", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_WithoutProblemDetailsService_StillWritesProblemJson()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration(), addProblemDetails: false);

        var unauthorized = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath);
        var forbidden = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        await ProblemAssert.HasProblemAsync(unauthorized, HttpStatusCode.Unauthorized, "a bearer token is required");
        await ProblemAssert.HasProblemAsync(forbidden, HttpStatusCode.Forbidden, "the token lacks the 'write' scope");
    }

    [Fact]
    public async Task Get_WithExpiredToken_LogsReasonButNotToken()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken("read", notBefore: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1));

        await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        var entry = Assert.Single(host.Logs.Entries, e => e.Message.StartsWith("Rejected bearer token", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("GET /items: the token has expired", entry.Message);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(token.Split('.')[1], StringComparison.Ordinal)
            || e.Message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_WithReadToken_LogsRefusalWithScope()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        await host.SendAsync(HttpMethod.Delete, AuthTestHost.ItemsPath, _issuer.CreateToken("read", subject: "alice"));

        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Information
            && e.Message == "Refused DELETE /items for subject alice: the token lacks scope write");
    }

    [Fact]
    public async Task Get_SignedWithEcKey_IsCheckedLikeRsa()
    {
        // The RSA-configured service must not accept a token from an unrelated EC key either.
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer.Issuer,
            Audience = _issuer.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "attacker", ["scope"] = "read" },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(ecdsa), SecurityAlgorithms.EcdsaSha256),
        });

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
