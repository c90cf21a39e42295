using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.Authentication;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

public sealed class AuthOptionsValidatorTests : IDisposable
{
    private readonly TestTokenIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    [Fact]
    public async Task StartAsync_WithoutAuthSection_FailsNamingIssuerAudienceAndKeyAtOnce()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.AddSysMgmtAuthentication();
        await using var app = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, exception.Failures.Count());
        Assert.Contains(exception.Failures, f => f.StartsWith("Auth:Issuer is required", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.StartsWith("Auth:Audience is required", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("Auth:JwksUrl, Auth:PublicKeyPem or Auth:PublicKeyFile", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_IssuerConfiguration_Succeeds()
    {
        Assert.Null(Validate(_issuer.ToConfiguration()));
    }

    [Fact]
    public void Validate_InsecureNoAuthWithNothingElse_Succeeds()
    {
        Assert.Null(Validate([new("Auth:InsecureNoAuth", "true"), new("Auth:ClockSkew", "-00:00:01")]));
    }

    [Fact]
    public void Validate_TwoKeySources_ReportsBoth()
    {
        var failures = Validate([.. _issuer.ToConfiguration(), new("Auth:JwksUrl", "https://idp.example/jwks")]);

        Assert.Equal(["Only one signing key source may be set, found Auth:JwksUrl and Auth:PublicKeyPem."], failures);
    }

    [Fact]
    public void Validate_AuthorityWithoutIssuer_Succeeds()
    {
        Assert.Null(Validate([new("Auth:Authority", "https://keycloak.example/realms/hpc"), new("Auth:Audience", "sysmgmt")]));
    }

    [Fact]
    public void Validate_AuthorityAndJwksUrlAndNoAudience_ReportsEach()
    {
        var failures = Validate([new("Auth:Authority", "keycloak.example"), new("Auth:JwksUrl", "https://idp.example/jwks")]);

        Assert.NotNull(failures);
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Auth:Audience is required", StringComparison.Ordinal));
        Assert.Contains("Only one signing key source may be set, found Auth:Authority and Auth:JwksUrl.", failures);
    }

    [Fact]
    public void Validate_RefreshIntervalsBelowIdentityModelMinimums_Reports()
    {
        var failures = Validate([.. _issuer.ToConfiguration(), new("Auth:JwksRefreshInterval", "00:01:00"), new("Auth:JwksMinimumRefreshInterval", "00:00:00")]);

        Assert.Equal(["Auth:JwksRefreshInterval must be at least 00:05:00.", "Auth:JwksMinimumRefreshInterval must be at least 00:00:01."], failures);
    }

    [Theory]
    [InlineData("idp.example/jwks")]
    [InlineData("ftp://idp.example/jwks")]
    [InlineData("/relative/jwks")]
    public void Validate_JwksUrlNotAbsoluteHttp_Reports(string url)
    {
        var failures = Validate(WithKey("Auth:JwksUrl", url));

        Assert.Equal(["Auth:JwksUrl must be an absolute http or https URL."], failures);
    }

    [Fact]
    public void Validate_PemIsPrivateKey_ReportsThatOnlyThePublicKeyBelongsThere()
    {
        using var rsa = RSA.Create(2048);

        var failures = Validate(WithKey("Auth:PublicKeyPem", rsa.ExportPkcs8PrivateKeyPem()));

        Assert.Equal(["Auth:PublicKeyPem is a private key; configure the public key only."], failures);
    }

    [Fact]
    public void Validate_PemIsNotPem_Reports()
    {
        var failures = Validate(WithKey("Auth:PublicKeyPem", "ssh-rsa AAAAB3NzaC1yc2E"));

        Assert.Equal(["Auth:PublicKeyPem is not PEM text (expected -----BEGIN PUBLIC KEY-----)."], failures);
    }

    [Fact]
    public void Validate_PemIsCertificateRequest_Reports()
    {
        var failures = Validate(WithKey("Auth:PublicKeyPem", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----"));

        Assert.Equal(["Auth:PublicKeyPem is not an RSA or EC public key (PEM label 'CERTIFICATE REQUEST')."], failures);
    }

    [Fact]
    public void Validate_RsaKeyOf1024Bits_Reports()
    {
        using var rsa = RSA.Create(1024);

        var failures = Validate(WithKey("Auth:PublicKeyPem", rsa.ExportSubjectPublicKeyInfoPem()));

        Assert.Equal(["Auth:PublicKeyPem is an RSA key of 1024 bits; at least 2048 are required."], failures);
    }

    [Fact]
    public void Validate_KeyFileMissing_Reports()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pem");

        var failures = Validate(WithKey("Auth:PublicKeyFile", path));

        Assert.Equal([$"Auth:PublicKeyFile '{path}' does not exist."], failures);
    }

    [Fact]
    public void Validate_BadScopesAndDurations_ReportsEach()
    {
        var failures = Validate(
        [
            .. _issuer.ToConfiguration(),
            new("Auth:ReadScope", "read all"),
            new("Auth:WriteScope", "read all"),
            new("Auth:ClockSkew", "-00:00:01"),
            new("Auth:JwksRefreshInterval", "00:00:00"),
            new("Auth:JwksMinimumRefreshInterval", "-00:00:01"),
        ]);

        Assert.NotNull(failures);
        Assert.Equal(6, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Auth:ReadScope must be one non-empty word", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Auth:WriteScope must be one non-empty word", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Auth:ReadScope and Auth:WriteScope must differ", StringComparison.Ordinal));
        Assert.Contains("Auth:ClockSkew must not be negative.", failures);
        Assert.Contains("Auth:JwksRefreshInterval must be positive.", failures);
        Assert.Contains("Auth:JwksMinimumRefreshInterval must not be negative.", failures);
    }

    private static IEnumerable<KeyValuePair<string, string?>> WithKey(string key, string value) =>
    [
        new("Auth:Issuer", TestTokenIssuer.DefaultIssuer),
        new("Auth:Audience", TestTokenIssuer.DefaultAudience),
        new(key, value),
    ];

    /// <summary>The validation failures for this configuration, or null when it is valid.</summary>
    private static List<string>? Validate(IEnumerable<KeyValuePair<string, string?>> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddSysMgmtAuthentication();
        using var host = builder.Build();

        var exception = Record.Exception(() => host.Services.GetRequiredService<IOptions<AuthOptions>>().Value);
        return exception is null ? null : [.. Assert.IsType<OptionsValidationException>(exception).Failures];
    }
}
