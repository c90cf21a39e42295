using SysMgmt.Testing.Http;
using System.Net;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

public sealed class ScopeAuthorizationHandlerTests : IDisposable
{
    private readonly TestTokenIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    [Theory]
    [InlineData("GET", "read", HttpStatusCode.OK)]
    [InlineData("HEAD", "read", HttpStatusCode.OK)]
    [InlineData("OPTIONS", "read", HttpStatusCode.OK)]
    [InlineData("GET", "write", HttpStatusCode.OK)]
    [InlineData("POST", "read", HttpStatusCode.Forbidden)]
    [InlineData("PUT", "read", HttpStatusCode.Forbidden)]
    [InlineData("PATCH", "read", HttpStatusCode.Forbidden)]
    [InlineData("DELETE", "read", HttpStatusCode.Forbidden)]
    [InlineData("DELETE", "write", HttpStatusCode.OK)]
    [InlineData("GET", "openid profile", HttpStatusCode.Forbidden)]
    [InlineData("GET", "", HttpStatusCode.Forbidden)]
    public async Task FallbackPolicy_MethodAndScope_ReturnsExpectedStatus(string method, string scope, HttpStatusCode expected)
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(new HttpMethod(method), AuthTestHost.ItemsPath, _issuer.CreateToken(scope));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutAnyScope_Returns403NamingReadScope()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken(scope: "openid"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden, "the token lacks the 'read' scope");
    }

    [Fact]
    public async Task Post_WithScpArrayHoldingWrite_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken(new Dictionary<string, object> { ["sub"] = "test", ["scp"] = new[] { "openid", "write" } });

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithScpStringHoldingWrite_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());
        var token = _issuer.CreateToken(new Dictionary<string, object> { ["sub"] = "test", ["scp"] = "read write" });

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithScopeNameOnlyAsSubstring_Returns403()
    {
        // "overwrite" must not count as "write": scopes are whole words.
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("read overwrite"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_ExplicitWritePolicyWithReadToken_Returns403()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ExplicitWritePath, _issuer.CreateToken("read"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden, "the token lacks the 'write' scope");
    }

    [Fact]
    public async Task Post_ExplicitReadPolicyWithReadToken_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ExplicitReadPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExplicitReadPolicyWithoutToken_Returns401()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ExplicitReadPath);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Unauthorized, "a bearer token is required");
    }

    [Fact]
    public async Task Post_WithConfiguredScopeNames_UsesThem()
    {
        await using var host = await AuthTestHost.StartAsync(
            [.. _issuer.ToConfiguration(), new("Auth:ReadScope", "smd.read"), new("Auth:WriteScope", "smd.write")]);

        var plainWrite = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("write"));
        var customWrite = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, _issuer.CreateToken("smd.write"));

        await ProblemAssert.HasProblemAsync(plainWrite, HttpStatusCode.Forbidden, "the token lacks the 'smd.write' scope");
        Assert.Equal(HttpStatusCode.OK, customWrite.StatusCode);
    }

    [Fact]
    public async Task Get_OtherPolicyNotMet_Returns403WithGenericProblem()
    {
        await using var host = await AuthTestHost.StartAsync(_issuer.ToConfiguration());

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.AdminOnlyPath, _issuer.CreateToken("read write"));

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.Forbidden, "the token does not grant access to this resource");
    }
}
