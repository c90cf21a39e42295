using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using Microsoft.IdentityModel.JsonWebTokens;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>scripts/lib/jwt.sh, run with bash under <c>set -euo pipefail</c> as scripts/up runs it.</summary>
[UnsupportedOSPlatform("windows")] // bash scripts and Unix file modes
public sealed class JwtScriptTests : IDisposable
{
    private const string Issuer = "https://sysmgmt.local";
    private const string Audience = "sysmgmt";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("sysmgmt-jwt-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string KeyDirectory => Path.Combine(_directory.FullName, "keys");

    [Fact]
    public async Task Mint_WithGeneratedKey_TokenIsAcceptedByService()
    {
        await RunAsync("jwt_generate_key \"$1\"", KeyDirectory);
        var token = (await RunAsync("jwt_mint \"$1/signing.key\" \"$2\" \"$3\" admin read 300", KeyDirectory, Issuer, Audience)).Trim();
        await using var host = await AuthTestHost.StartAsync(
        [
            new("Auth:Issuer", Issuer),
            new("Auth:Audience", Audience),
            new("Auth:PublicKeyFile", Path.Combine(KeyDirectory, "signing.pub.pem")),
        ]);

        var read = await host.SendAsync(HttpMethod.Get, AuthTestHost.WhoAmIPath, token);
        var write = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, token);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("admin", await read.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task Mint_Token_IsBase64UrlWithoutPaddingAndCarriesStandardClaims()
    {
        await RunAsync("jwt_generate_key \"$1\"", KeyDirectory);

        var token = (await RunAsync("jwt_mint \"$1/signing.key\" \"$2\" \"$3\" 'a \"quoted\" user' 'read write' 60", KeyDirectory, Issuer, Audience)).Trim();

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.All(parts, part => Assert.Matches("^[A-Za-z0-9_-]+$", part));
        var jwt = new JsonWebToken(token);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("a \"quoted\" user", jwt.Subject);
        Assert.Equal("read write", jwt.GetClaim("scope").Value);
        Assert.Equal(60, (jwt.ValidTo - jwt.ValidFrom).TotalSeconds);
        Assert.Equal(jwt.IssuedAt, jwt.ValidFrom);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
    }

    [Fact]
    public async Task GenerateKey_RunTwice_KeepsKeyReadableOnlyByOwner()
    {
        await RunAsync("jwt_generate_key \"$1\"", KeyDirectory);
        var keyPath = Path.Combine(KeyDirectory, "signing.key");
        var firstKey = await File.ReadAllTextAsync(keyPath, TestContext.Current.CancellationToken);

        await RunAsync("jwt_generate_key \"$1\"", KeyDirectory);

        Assert.Equal(firstKey, await File.ReadAllTextAsync(keyPath, TestContext.Current.CancellationToken));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----",
            await File.ReadAllTextAsync(Path.Combine(KeyDirectory, "signing.pub.pem"), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    public async Task Mint_WithInvalidTtl_FailsWithUsageError(string ttl)
    {
        await RunAsync("jwt_generate_key \"$1\"", KeyDirectory);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => RunAsync("jwt_mint \"$1/signing.key\" iss aud sub read \"$2\"", KeyDirectory, ttl));

        Assert.Contains("TTL_SECONDS must be a positive integer", exception.Message);
    }

    /// <summary>Sources jwt.sh in a strict bash and runs <paramref name="script"/>; returns stdout, throws on failure.</summary>
    private static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add($"set -euo pipefail; source \"$JWT_SH\"; {script}");
        startInfo.ArgumentList.Add("jwt-test");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["JWT_SH"] = Path.Combine(FindRepositoryRoot(), "scripts", "lib", "jwt.sh");

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"bash exited with {process.ExitCode}: {await stderr}");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SysMgmt.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SysMgmt.sln above {AppContext.BaseDirectory}.");
    }
}
