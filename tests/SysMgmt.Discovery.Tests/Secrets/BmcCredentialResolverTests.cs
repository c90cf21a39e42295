using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;
using SysMgmt.Testing.Files;

namespace SysMgmt.Discovery.Tests.Secrets;

public sealed class BmcCredentialResolverTests : IDisposable
{
    private static readonly Uri s_bmc = new("https://127.1.2.3:443");
    private readonly TemporaryDirectory _directory = new();
    private readonly MasterKey _key = MasterKey.Parse(MasterKey.GenerateHex());

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("https://127.1.2.3:443")]
    [InlineData("https://127.1.2.3")]
    [InlineData("127.1.2.3:443")]
    [InlineData("127.1.2.3")]
    [InlineData("default")]
    public async Task Resolve_OneEntryUnderASpelling_FindsIt(string id)
    {
        var resolver = new BmcCredentialResolver(await SnapshotAsync((id, new RedfishCredentials("root", "pw"))));

        var resolution = resolver.Resolve(s_bmc);

        Assert.Equal(new RedfishCredentials("root", "pw"), resolution.Credentials);
        Assert.Equal(id, resolution.SecretId);
    }

    [Fact]
    public async Task Resolve_SeveralEntries_PrefersMagellansIdThenTheOtherSpellingsThenDefault()
    {
        var snapshot = await SnapshotAsync(
            ("default", new RedfishCredentials("fallback", "d")),
            ("127.1.2.3", new RedfishCredentials("bare", "b")),
            ("https://127.1.2.3:443", new RedfishCredentials("exact", "e")),
            ("https://127.1.2.4", new RedfishCredentials("nohost", "n")));
        var resolver = new BmcCredentialResolver(snapshot);

        Assert.Equal("exact", resolver.Resolve(s_bmc).Credentials?.Username);
        Assert.Equal("bare", resolver.Resolve(new Uri("https://127.1.2.3:8443")).Credentials?.Username);
        Assert.Equal("nohost", resolver.Resolve(new Uri("https://127.1.2.4:443")).Credentials?.Username);
        Assert.Equal("fallback", resolver.Resolve(new Uri("https://127.1.2.5")).Credentials?.Username);
    }

    [Fact]
    public async Task Resolve_UsernameAndPasswordGiven_UsesThemForEveryBmcWithoutTheFile()
    {
        var resolver = new BmcCredentialResolver(await SnapshotAsync(("default", new RedfishCredentials("stored", "s"))), "admin", "given");

        var resolution = resolver.Resolve(s_bmc);

        Assert.Equal(new RedfishCredentials("admin", "given"), resolution.Credentials);
        Assert.Equal("command line", resolution.Source);
    }

    [Fact]
    public async Task Resolve_OnlyAUsernameGiven_ReplacesTheStoredUsername()
    {
        var resolver = new BmcCredentialResolver(await SnapshotAsync(("default", new RedfishCredentials("stored", "s"))), username: "admin");

        Assert.Equal(new RedfishCredentials("admin", "s"), resolver.Resolve(s_bmc).Credentials);
    }

    [Fact]
    public async Task Resolve_OnlyAPasswordGiven_ReplacesTheStoredPassword()
    {
        var resolver = new BmcCredentialResolver(await SnapshotAsync(("https://127.1.2.3:443", new RedfishCredentials("stored", "s"))), password: "given");

        Assert.Equal(new RedfishCredentials("stored", "given"), resolver.Resolve(s_bmc).Credentials);
    }

    [Fact]
    public async Task Resolve_NothingStoredOrGiven_SaysNoCredentialsAndWhichIdsWereTried()
    {
        var resolver = new BmcCredentialResolver(await SnapshotAsync(("https://10.0.0.1:443", new RedfishCredentials("other", "o"))), username: "admin");

        var resolution = resolver.Resolve(s_bmc);

        Assert.False(resolution.IsResolved);
        Assert.Equal(
            "no credentials for https://127.1.2.3:443 (no secret 'https://127.1.2.3:443', 'https://127.1.2.3', '127.1.2.3:443', '127.1.2.3' or 'default'; only a username was given)",
            resolution.Problem);
    }

    [Fact]
    public async Task Resolve_ExactEntryDoesNotDecrypt_ReportsItInsteadOfFallingBackToDefault()
    {
        var file = new SecretsFile(_directory.File("secrets.json"));
        await new SecretStore(file, MasterKey.Parse(MasterKey.GenerateHex())).StoreAsync("https://127.1.2.3:443", new RedfishCredentials("root", "pw"), TestContext.Current.CancellationToken);
        await new SecretStore(file, _key).StoreAsync("default", new RedfishCredentials("fallback", "d"), TestContext.Current.CancellationToken);
        var resolver = new BmcCredentialResolver(await new SecretStore(file, _key).LoadAsync(TestContext.Current.CancellationToken));

        var resolution = resolver.Resolve(s_bmc);

        Assert.Null(resolution.Credentials);
        Assert.Equal("https://127.1.2.3:443: cannot decrypt secret 'https://127.1.2.3:443': wrong MASTER_KEY or corrupted entry", resolution.Problem);
    }

    [Fact]
    public void CandidateIds_IPv6Bmc_BracketsInUrlsOnly()
    {
        Assert.Equal(["https://[::1]:8443", "https://[::1]", "[::1]:8443", "::1", "default"], BmcCredentialResolver.CandidateIds(new Uri("https://[::1]:8443")));
    }

    [Fact]
    public void ToString_OfAResolution_NeverShowsThePassword()
    {
        var resolution = BmcCredentialResolver.Explicit(new RedfishCredentials("root", "hunter2")).Resolve(s_bmc);

        Assert.DoesNotContain("hunter2", resolution.ToString(), StringComparison.Ordinal);
        Assert.Contains("root", resolution.ToString(), StringComparison.Ordinal);
    }

    private async Task<SecretSnapshot> SnapshotAsync(params (string Id, RedfishCredentials Credentials)[] entries)
    {
        var store = new SecretStore(new SecretsFile(_directory.File("secrets.json")), _key);
        foreach (var (id, credentials) in entries)
        {
            await store.StoreAsync(id, credentials, TestContext.Current.CancellationToken);
        }

        return await store.LoadAsync(TestContext.Current.CancellationToken);
    }
}
