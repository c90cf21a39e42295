using System.Net;
using Microsoft.Extensions.Logging;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

public sealed class InsecureNoAuthTests
{
    private static readonly KeyValuePair<string, string?>[] s_insecure = [new("Auth:InsecureNoAuth", "true")];

    [Theory]
    [InlineData("GET", AuthTestHost.ItemsPath)]
    [InlineData("POST", AuthTestHost.ItemsPath)]
    [InlineData("DELETE", AuthTestHost.ItemsPath)]
    [InlineData("POST", AuthTestHost.ExplicitReadPath)]
    [InlineData("GET", AuthTestHost.ExplicitWritePath)]
    [InlineData("GET", AuthTestHost.PublicPath)]
    public async Task AnyRoute_WithoutToken_Returns200(string method, string path)
    {
        // No Issuer, Audience or key either: with auth off nothing else is required.
        await using var host = await AuthTestHost.StartAsync(s_insecure);

        var response = await host.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithGarbageToken_Returns200()
    {
        await using var host = await AuthTestHost.StartAsync(s_insecure);

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, "not-a-jwt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Startup_WithInsecureNoAuth_LogsWarning()
    {
        await using var host = await AuthTestHost.StartAsync(s_insecure);

        var warning = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("SysMgmt.ServiceDefaults.Authentication", warning.Category);
        Assert.Contains("AUTHENTICATION IS OFF", warning.Message);
        Assert.Contains("EVERYONE", warning.Message);
        Assert.Contains("WRITE", warning.Message);
    }

    [Fact]
    public async Task Startup_WithAuthOn_LogsNoWarning()
    {
        using var issuer = new TestTokenIssuer();
        await using var host = await AuthTestHost.StartAsync(issuer.ToConfiguration());

        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }
}
