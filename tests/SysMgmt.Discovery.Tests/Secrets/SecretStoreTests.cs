using System.Runtime.Versioning;
using System.Text.Json;
using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Secrets;

namespace SysMgmt.Discovery.Tests.Secrets;

[UnsupportedOSPlatform("windows")] // Unix file modes
public sealed class SecretStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _keyHex = MasterKey.GenerateHex();

    private string FilePath => _directory.File("secrets.json");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task LoadAsync_FileWrittenAsMagellanWritesIt_ReadsEveryEntry()
    {
        await File.WriteAllTextAsync(FilePath, MagellanSecrets.FileText(new Dictionary<string, string>
        {
            ["https://172.16.0.10:443"] = MagellanSecrets.Encrypt(_keyHex, "https://172.16.0.10:443", MagellanSecrets.BasicPlaintext("root", "0penBmc")),
            ["default"] = MagellanSecrets.Encrypt(_keyHex, "default", """{"username":"admin","password":"p:w"}"""),
        }), TestContext.Current.CancellationToken);

        var snapshot = await Store().LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["default", "https://172.16.0.10:443"], snapshot.Ids);
        Assert.Equal(new RedfishCredentials("root", "0penBmc"), snapshot.Get("https://172.16.0.10:443"));
        Assert.Equal(new RedfishCredentials("admin", "p:w"), snapshot.Get("default"));
        Assert.Null(snapshot.Get("https://172.16.0.11:443"));
    }

    [Fact]
    public async Task StoreAsync_ThenReadIndependently_DecryptsToMagellansPlaintext()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Store().StoreAsync("https://10.1.0.2:443", new RedfishCredentials("root", "pa\"ss\\wörd"), cancellationToken);
        await Store().StoreAsync("default", new RedfishCredentials("admin", "second"), cancellationToken);

        var text = await File.ReadAllTextAsync(FilePath, cancellationToken);
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(text)!;
        var plaintext = JsonDocument.Parse(MagellanSecrets.Decrypt(_keyHex, "https://10.1.0.2:443", entries["https://10.1.0.2:443"])).RootElement;

        Assert.Equal(MagellanSecrets.FileText(entries), text);
        Assert.Equal("root", plaintext.GetProperty("username").GetString());
        Assert.Equal("pa\"ss\\wörd", plaintext.GetProperty("password").GetString());
        Assert.Equal(new RedfishCredentials("admin", "second"), (await Store().LoadAsync(cancellationToken)).Get("default"));
    }

    [Fact]
    public async Task StoreAsync_SameIdTwice_KeepsTheLastOnly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Store().StoreAsync("default", new RedfishCredentials("root", "old"), cancellationToken);
        await Store().StoreAsync("default", new RedfishCredentials("root", "new"), cancellationToken);

        var snapshot = await Store().LoadAsync(cancellationToken);

        Assert.Equal(["default"], snapshot.Ids);
        Assert.Equal("new", snapshot.Get("default")!.Password);
    }

    [Fact]
    public async Task Get_WrongMasterKey_SaysSoAndNamesTheEntry()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Store().StoreAsync("default", new RedfishCredentials("root", "pw"), cancellationToken);

        var snapshot = await new SecretStore(new SecretsFile(FilePath), MasterKey.Parse(MasterKey.GenerateHex())).LoadAsync(cancellationToken);
        var error = Assert.Throws<SecretStoreException>(() => snapshot.Get("default"));

        Assert.Equal("cannot decrypt secret 'default': wrong MASTER_KEY or corrupted entry", error.Message);
    }

    [Fact]
    public async Task Get_EntryThatDecryptsToSomethingElse_SaysItHoldsNoCredentials()
    {
        await File.WriteAllTextAsync(FilePath, MagellanSecrets.FileText(new Dictionary<string, string>
        {
            ["token"] = MagellanSecrets.Encrypt(_keyHex, "token", "my_secret_value"),
        }), TestContext.Current.CancellationToken);

        var snapshot = await Store().LoadAsync(TestContext.Current.CancellationToken);
        var error = Assert.Throws<SecretStoreException>(() => snapshot.Get("token"));

        Assert.Contains("does not hold credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("my_secret_value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "not a secrets file")]
    [InlineData("{\"default\": 5}", "not a string")]
    [InlineData("{\"default\": ", "invalid JSON")]
    public async Task LoadAsync_FileThatIsNotASecretsFile_SaysSo(string content, string reason)
    {
        await File.WriteAllTextAsync(FilePath, content, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SecretStoreException>(() => Store().LoadAsync(TestContext.Current.CancellationToken));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_EmptyOrMissingFile_HasNoEntries()
    {
        var missing = await Store().LoadAsync(TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(FilePath, "\n", TestContext.Current.CancellationToken);
        var empty = await Store().LoadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(missing.Ids);
        Assert.Empty(empty.Ids);
    }

    [Fact]
    public async Task StoreAsync_OverAWorldReadableMagellanFile_LeavesItOwnerOnly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(FilePath, "{}\n", cancellationToken);
        File.SetUnixFileMode(FilePath, (UnixFileMode)Convert.ToInt32("644", 8));

        await Store().StoreAsync("default", new RedfishCredentials("root", "pw"), cancellationToken);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public async Task StoreAsync_InADirectoryThatDoesNotExist_CreatesItForTheOwnerOnly()
    {
        var path = Path.Combine(_directory.Path, "config", "sysmgmt", "secrets.json");

        await new SecretStore(new SecretsFile(path), MasterKey.Parse(_keyHex)).StoreAsync("default", new RedfishCredentials("root", "pw"), TestContext.Current.CancellationToken);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task StoreAsync_WriteFailsBeforeTheReplace_LeavesTheOldFileAndNoTemporaryFile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Store().StoreAsync("default", new RedfishCredentials("root", "pw"), cancellationToken);
        var before = await File.ReadAllBytesAsync(FilePath, cancellationToken);
        var file = new SecretsFile(FilePath) { BeforeReplace = temporary => throw new IOException($"disk full writing {temporary}") };

        await Assert.ThrowsAsync<IOException>(() => new SecretStore(file, MasterKey.Parse(_keyHex)).StoreAsync("other", new RedfishCredentials("x", "y"), cancellationToken));

        Assert.Equal(before, await File.ReadAllBytesAsync(FilePath, cancellationToken));
        Assert.Equal(["secrets.json", "secrets.json.lock"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StoreAsync_ManyWritersAtOnce_LoseNoEntry()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                // A store per write, as separate processes would have.
                await Store().StoreAsync($"https://10.0.{writer}.{i}:443", new RedfishCredentials($"user{writer}", $"pw{i}"), cancellationToken);
            }
        }, cancellationToken));

        await Task.WhenAll(writers);
        var snapshot = await Store().LoadAsync(cancellationToken);

        Assert.Equal(48, snapshot.Ids.Count);
        Assert.Equal(new RedfishCredentials("user7", "pw5"), snapshot.Get("https://10.0.7.5:443"));
    }

    [Fact]
    public async Task RemoveAsync_WhileOthersStore_RemovesOnlyWhatItNamesAndReportsIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        for (var i = 0; i < 10; i++)
        {
            await Store().StoreAsync($"old{i}", new RedfishCredentials("root", "pw"), cancellationToken);
        }

        var removals = Enumerable.Range(0, 10).Select(i => Task.Run(() => new SecretsFile(FilePath).RemoveAsync([$"old{i}", "never-stored"], cancellationToken), cancellationToken)).ToList();
        var stores = Enumerable.Range(0, 10).Select(i => Task.Run(() => Store().StoreAsync($"new{i}", new RedfishCredentials("root", "pw"), cancellationToken), cancellationToken));
        await Task.WhenAll([.. removals, .. stores]);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"new{i}").Order(StringComparer.Ordinal), (await Store().LoadAsync(cancellationToken)).Ids);
        Assert.All(removals.Select((r, i) => (r.Result, i)), removal => Assert.Equal([$"old{removal.i}"], removal.Result));
    }

    [Fact]
    public async Task RemoveAsync_NothingToRemove_LeavesTheFileUntouched()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Store().StoreAsync("default", new RedfishCredentials("root", "pw"), cancellationToken);
        var written = File.GetLastWriteTimeUtc(FilePath);
        var content = await File.ReadAllBytesAsync(FilePath, cancellationToken);

        var removed = await new SecretsFile(FilePath).RemoveAsync(["absent"], cancellationToken);

        Assert.Empty(removed);
        Assert.Equal(written, File.GetLastWriteTimeUtc(FilePath));
        Assert.Equal(content, await File.ReadAllBytesAsync(FilePath, cancellationToken));
    }

    [Fact]
    public void Locate_CommandLineThenEnvironmentThenDefault()
    {
        Assert.Equal(Path.GetFullPath("a.json"), SecretsFile.Locate("a.json", "/b.json").Path);
        Assert.Equal("/b.json", SecretsFile.Locate(null, "/b.json").Path);
        Assert.Equal(SecretsFile.DefaultPath, SecretsFile.Locate(" ", "").Path);
        Assert.EndsWith("/sysmgmt/secrets.json", SecretsFile.DefaultPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fingerprint_SamePasswordSameKey_IsEqualAndOtherwiseDiffers()
    {
        var snapshot = await Store().LoadAsync(TestContext.Current.CancellationToken);
        var otherKey = await new SecretStore(new SecretsFile(FilePath), MasterKey.Parse(MasterKey.GenerateHex())).LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(snapshot.Fingerprint("pw"), snapshot.Fingerprint("pw"));
        Assert.Matches("^[0-9a-f]{16}$", snapshot.Fingerprint("pw"));
        Assert.NotEqual(snapshot.Fingerprint("pw"), snapshot.Fingerprint("pw2"));
        Assert.NotEqual(snapshot.Fingerprint("pw"), otherKey.Fingerprint("pw"));
    }

    private SecretStore Store() => new(new SecretsFile(FilePath), MasterKey.Parse(_keyHex));
}
