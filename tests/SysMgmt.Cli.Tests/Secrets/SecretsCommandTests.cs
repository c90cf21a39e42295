using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Secrets;

namespace SysMgmt.Cli.Tests.Secrets;

[UnsupportedOSPlatform("windows")] // Unix file modes
public sealed class SecretsCommandTests : IDisposable
{
    private const string Password = "Hunter2-s3cret!";
    private readonly TemporaryDirectory _directory = new();
    private readonly string _key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private string FilePath => _directory.File("secrets.json");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("secrets --help", "generatekey")]
    [InlineData("secrets generatekey --help", "master key")]
    [InlineData("secrets store --help", "--input-file")]
    [InlineData("secrets retrieve --help", "--reveal")]
    [InlineData("secrets list --help", "never the passwords")]
    [InlineData("secrets remove --help", "Remove secrets")]
    public async Task Help_EverySubcommand_ExitsZeroAndDescribesIt(string commandLine, string expected)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(commandLine, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, cli.Output, StringComparison.Ordinal);
        Assert.Contains("--file", cli.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secrets frobnicate", "frobnicate")]
    [InlineData("secrets default", "default")] // magellan's README documents it; it never existed
    [InlineData("secrets", "Required command")]
    public async Task Secrets_UnknownOrMissingSubcommand_FailsLoudly(string commandLine, string reason)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(commandLine, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.Contains("sysmgmt secrets --help", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateKey_PrintsANewKeyThatTheStoreAccepts()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync("secrets generatekey", TestContext.Current.CancellationToken);
        var store = Cli(input: "root:pw");
        store.Environment["MASTER_KEY"] = cli.Output.Trim();
        var stored = await store.RunAsync($"secrets store default -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Matches("^[0-9a-f]{64}\n$", cli.Output);
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task Store_FromStdin_WritesAnEntryMagellanCanReadAndNeverPrintsThePassword()
    {
        var cli = Cli(input: $"root:{Password}\n");

        var exitCode = await cli.RunAsync($"secrets store https://10.1.0.2:443 -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(Password, cli.Output + cli.Error, StringComparison.Ordinal);
        Assert.Contains("Stored credentials of user root as 'https://10.1.0.2:443'", cli.Error, StringComparison.Ordinal);
        var plaintext = JsonDocument.Parse(MagellanSecrets.Decrypt(_key, "https://10.1.0.2:443", ReadEntries()["https://10.1.0.2:443"])).RootElement;
        Assert.Equal(("root", Password), (plaintext.GetProperty("username").GetString(), plaintext.GetProperty("password").GetString()));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("base64")]
    public async Task Store_ValidJsonOrBase64FromAFile_IsAccepted(string format)
    {
        var json = $$"""{"username":"admin","password":"{{Password}}"}""";
        var input = _directory.File("creds.txt");
        await File.WriteAllTextAsync(input, format == "json" ? json : Convert.ToBase64String(Encoding.UTF8.GetBytes(json)), TestContext.Current.CancellationToken);
        var cli = Cli();

        var exitCode = await cli.RunAsync($"secrets store default -F {format} -i {input} -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"password\":\"" + Password, MagellanSecrets.Decrypt(_key, "default", ReadEntries()["default"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_SecretOnTheCommandLine_IsRefusedWithTheReasonAndNotEchoed()
    {
        var cli = Cli();

        var exitCode = await cli.RunAsync($"secrets store default root:{Password} -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains("refusing a secret on the command line", cli.Error, StringComparison.Ordinal);
        Assert.Contains("process list", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, cli.Output + cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));
    }

    [Theory]
    [InlineData("", "no credentials on standard input")]
    [InlineData("just-a-password", "not in the basic format")]
    public async Task Store_BadInput_SaysWhyAndStoresNothing(string input, string reason)
    {
        var cli = Cli(input);

        var exitCode = await cli.RunAsync($"secrets store default -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));
    }

    [Theory]
    [InlineData(null, "MASTER_KEY is not set")]
    [InlineData("0123", "MASTER_KEY is malformed")]
    public async Task Store_WithoutAUsableMasterKey_FailsClearly(string? key, string reason)
    {
        var cli = new CliRunner { Input = "root:pw" };
        if (key is not null)
        {
            cli.Environment["MASTER_KEY"] = key;
        }

        var exitCode = await cli.RunAsync($"secrets store default -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.Contains("generatekey", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrieve_ByDefault_ShowsTheUsernameAndAFingerprintButNotThePassword()
    {
        await WriteMagellanFileAsync(("default", "root", Password));
        var cli = Cli();

        var exitCode = await cli.RunAsync($"secrets retrieve default -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("root", cli.Output, StringComparison.Ordinal);
        Assert.Matches("set \\(fingerprint [0-9a-f]{16}", cli.Output);
        Assert.DoesNotContain(Password, cli.Output + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrieve_Reveal_PrintsThePasswordWithTheSameFingerprint()
    {
        await WriteMagellanFileAsync(("https://10.1.0.2:443", "root", Password));
        var masked = Cli();
        var revealed = Cli();

        await masked.RunAsync($"secrets retrieve https://10.1.0.2:443 -f {FilePath} -F json", TestContext.Current.CancellationToken);
        var exitCode = await revealed.RunAsync($"secrets retrieve https://10.1.0.2:443 -f {FilePath} -F json --reveal", TestContext.Current.CancellationToken);
        var maskedJson = JsonDocument.Parse(masked.Output).RootElement;
        var revealedJson = JsonDocument.Parse(revealed.Output).RootElement;

        Assert.Equal(0, exitCode);
        Assert.Equal(Password, revealedJson.GetProperty("password").GetString());
        Assert.False(maskedJson.TryGetProperty("password", out _));
        Assert.Equal(maskedJson.GetProperty("passwordFingerprint").GetString(), revealedJson.GetProperty("passwordFingerprint").GetString());
    }

    [Fact]
    public async Task Retrieve_WrongMasterKey_SaysSo()
    {
        await WriteMagellanFileAsync(("default", "root", Password));
        var cli = new CliRunner();
        cli.Environment["MASTER_KEY"] = new string('a', 64);

        var exitCode = await cli.RunAsync($"secrets retrieve default -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains("cannot decrypt secret 'default': wrong MASTER_KEY or corrupted entry", cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Output);
    }

    [Fact]
    public async Task Retrieve_UnknownId_FailsNamingTheFile()
    {
        await WriteMagellanFileAsync(("default", "root", Password));
        var cli = Cli();

        var exitCode = await cli.RunAsync($"secrets retrieve https://10.9.9.9:443 -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains($"no secret 'https://10.9.9.9:443' in {FilePath}", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MagellanFile_ShowsIdsAndUsernamesButNeitherPasswordsNorCiphertext()
    {
        await WriteMagellanFileAsync(("default", "admin", Password), ("https://10.1.0.2:443", "root", Password));
        var cli = Cli();

        var exitCode = await cli.RunAsync($"secrets list -f {FilePath} -F json", TestContext.Current.CancellationToken);
        var rows = JsonDocument.Parse(cli.Output).RootElement.EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("username").GetString())).ToList();

        Assert.Equal(0, exitCode);
        Assert.Equal([("default", "admin"), ("https://10.1.0.2:443", "root")], rows);
        Assert.DoesNotContain(Password, cli.Output + cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(ReadEntries()["default"], cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithoutMasterKey_ShowsTheIdsAndWarns()
    {
        await WriteMagellanFileAsync(("default", "admin", Password));
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"secrets list -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("default", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", cli.Output, StringComparison.Ordinal);
        Assert.Contains("MASTER_KEY is not set", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FileFromTheEnvironment_IsUsedWithoutTheFlag()
    {
        await WriteMagellanFileAsync(("default", "admin", Password));
        var cli = Cli();
        cli.Environment["SYSMGMT_SECRETS_FILE"] = FilePath;

        var exitCode = await cli.RunAsync("secrets list", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("admin", cli.Output, StringComparison.Ordinal);
        Assert.Contains(FilePath, cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_SomeIdsMissing_RemovesTheOthersAndFails()
    {
        await WriteMagellanFileAsync(("default", "admin", Password), ("keep", "root", Password), ("gone", "root", Password));
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"secrets remove gone absent -f {FilePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Equal(["default", "keep"], ReadEntries().Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Removed 'gone'", cli.Error, StringComparison.Ordinal);
        Assert.Contains("no secret 'absent'", cli.Error, StringComparison.Ordinal);
    }

    private CliRunner Cli(string input = "")
    {
        var cli = new CliRunner { Input = input };
        cli.Environment["MASTER_KEY"] = _key;
        return cli;
    }

    private Task WriteMagellanFileAsync(params (string Id, string Username, string Password)[] entries) =>
        File.WriteAllTextAsync(FilePath, MagellanSecrets.FileText(entries.ToDictionary(
            e => e.Id, e => MagellanSecrets.Encrypt(_key, e.Id, MagellanSecrets.BasicPlaintext(e.Username, e.Password)))), TestContext.Current.CancellationToken);

    private Dictionary<string, string> ReadEntries() => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(FilePath))!;
}
