using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>Public-key modes: PEM text, PEM file, PKCS#1 RSA and EC keys.</summary>
public sealed class StaticSigningKeySourceTests : IDisposable
{
    private readonly TestTokenIssuer _issuer = new();
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("sysmgmt-auth-");

    public void Dispose()
    {
        _issuer.Dispose();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Get_WithPublicKeyFile_Returns200()
    {
        var path = Path.Combine(_directory.FullName, "signing.pub.pem");
        await File.WriteAllTextAsync(path, _issuer.PublicKeyPem, TestContext.Current.CancellationToken);
        await using var host = await AuthTestHost.StartAsync(WithKey("Auth:PublicKeyFile", path));

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithPkcs1RsaPublicKeyPem_Returns200()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(_issuer.PublicKeyPem);
        await using var host = await AuthTestHost.StartAsync(WithKey("Auth:PublicKeyPem", rsa.ExportRSAPublicKeyPem()));

        var response = await host.SendAsync(HttpMethod.Get, AuthTestHost.ItemsPath, _issuer.CreateToken("read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("nistP256", SecurityAlgorithms.EcdsaSha256)]
    [InlineData("nistP384", SecurityAlgorithms.EcdsaSha384)]
    public async Task Post_WithEcKeyToken_Returns200(string curve, string algorithm)
    {
        using var ecdsa = ECDsa.Create(ECCurve.CreateFromFriendlyName(curve));
        await using var host = await AuthTestHost.StartAsync(WithKey("Auth:PublicKeyPem", ecdsa.ExportSubjectPublicKeyInfoPem()));

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, CreateToken(new ECDsaSecurityKey(ecdsa), algorithm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithPs256Token_Returns200()
    {
        using var rsa = RSA.Create(2048);
        await using var host = await AuthTestHost.StartAsync(WithKey("Auth:PublicKeyPem", rsa.ExportSubjectPublicKeyInfoPem()));

        var response = await host.SendAsync(HttpMethod.Post, AuthTestHost.ItemsPath, CreateToken(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSsaPssSha256));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private IEnumerable<KeyValuePair<string, string?>> WithKey(string key, string value) =>
    [
        new("Auth:Issuer", _issuer.Issuer),
        new("Auth:Audience", _issuer.Audience),
        new(key, value),
    ];

    private string CreateToken(SecurityKey key, string algorithm) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = _issuer.Issuer,
        Audience = _issuer.Audience,
        Claims = new Dictionary<string, object> { ["sub"] = "test", ["scope"] = "write" },
        SigningCredentials = new SigningCredentials(key, algorithm),
    });
}
