using System.Diagnostics;
using System.Text.Json;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Redfish;
using SysMgmt.Testing.Secrets;

namespace SysMgmt.Cli.Tests.Firmware;

/// <summary><c>sysmgmt firmware update|status</c> against emulated BMCs over HTTPS, trusting the emulator's CA.</summary>
public sealed class FirmwareCommandTests : IDisposable
{
    private static readonly string s_password = BmcCredentials.Default.Password;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("firmware --help", "status")]
    [InlineData("firmware update --help", "--image-file")]
    [InlineData("firmware status --help", "firmware inventory")]
    public async Task Help_EveryCommand_ExitsZeroAndDescribesIt(string commandLine, string expected)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(commandLine, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_SimpleUpdate_FollowsTheTaskToCompletionWithProgressAndNeverPrintsThePassword()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"));
        var cli = new CliRunner { Input = s_password + "\n" };

        var exitCode = await cli.RunAsync(
            $"firmware update {Host(bmcs, 0)} --image-uri http://10.0.0.1/bmc.bin --transfer-protocol http -u root --password-stdin {bmcs.Tls} --poll-interval 0.05 -F json",
            TestContext.Current.CancellationToken);
        var outcome = Single(cli.Output);

        Assert.Equal(0, exitCode);
        Assert.Equal(("SimpleUpdate", "Completed", 100), (outcome.GetProperty("method").GetString(), outcome.GetProperty("taskState").GetString(), outcome.GetProperty("percentComplete").GetInt32()));
        Assert.Equal("/redfish/v1/TaskService/Tasks/1", outcome.GetProperty("task").GetString());
        Assert.Contains($"{bmcs.Url(0)}: Running", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"{bmcs.Url(0)}: Completed 100%", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(s_password, cli.Output + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_NoWait_ReturnsOnceAcceptedWhileTheTaskStillRuns()
    {
        var options = TestBmcs.Options(1, "csm-rie-EX425");
        options.TaskDuration = TimeSpan.FromMinutes(5);
        await using var bmcs = await StartAsync(options);
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = s_password;
        var clock = Stopwatch.StartNew();

        var exitCode = await cli.RunAsync($"firmware update {Host(bmcs, 0)} --image-uri https://10.0.0.1/bmc.bin -u root {bmcs.Tls} --no-wait -F json", TestContext.Current.CancellationToken);
        var outcome = Single(cli.Output);

        Assert.Equal(0, exitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}");
        Assert.Equal("Accepted", outcome.GetProperty("taskState").GetString());
        var task = bmcs.Host.Bmcs[0].State.FindTask(bmcs.Host.Bmcs[0].State.TaskIds().Single())!;
        Assert.False(task.IsCompleteAt(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Update_OpenBmcWithImageFile_PushesTheImageAndFollowsTheTask()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "csm-rie-OpenBMC-stock"));
        var image = _directory.File("obmc-phosphor-image.static.mtd.tar");
        await File.WriteAllBytesAsync(image, new byte[12345], TestContext.Current.CancellationToken);
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = s_password;

        var exitCode = await cli.RunAsync($"firmware update {bmcs.Url(0)} --image-uri http://10.0.0.1/x.tar --image-file {image} -u root {bmcs.Tls} --poll-interval 0.05 -F json", TestContext.Current.CancellationToken);
        var outcome = Single(cli.Output);
        var bmc = bmcs.Host.Bmcs[0];

        Assert.Equal(0, exitCode);
        Assert.Equal(("HttpPush", "Completed"), (outcome.GetProperty("method").GetString(), outcome.GetProperty("taskState").GetString()));
        Assert.Equal("Firmware push (12345 bytes)", bmc.State.FindTask(bmc.State.TaskIds().Single())!.Name);
    }

    [Fact]
    public async Task Update_OpenBmcGivenOnlyAnImageUri_FailsSayingToGiveTheFile()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "csm-rie-OpenBMC-stock"));
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = s_password;

        var exitCode = await cli.RunAsync($"firmware update {Host(bmcs, 0)} --image-uri http://10.0.0.1/x.tar -u root {bmcs.Tls}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("no SimpleUpdate action (OpenBMC?) but takes pushed images: give --image-file", cli.Output, StringComparison.Ordinal);
        Assert.Empty(bmcs.Host.Bmcs[0].State.TaskIds());
    }

    [Fact]
    public async Task Update_BmcWithoutUpdateService_IsReportedUnsupported()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "dmtf-public-bladed"));
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = s_password;

        var exitCode = await cli.RunAsync($"firmware update {Host(bmcs, 0)} --image-uri http://10.0.0.1/x.bin -u root {bmcs.Tls} -F json", TestContext.Current.CancellationToken);
        var outcome = Single(cli.Output);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Equal("Unsupported", outcome.GetProperty("errorKind").GetString());
        Assert.Contains("has no UpdateService", outcome.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_OneBmcWithWrongStoredCredentialsAndOneUnreachable_ReportsBothAndUpdatesTheOthers()
    {
        var options = TestBmcs.Options(4, "dmtf-public-rackmount1", "csm-rie-EX425");
        options.Faults[3] = new BmcFaults { RefuseConnections = true };
        await using var bmcs = await StartAsync(options);
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var secrets = _directory.File("secrets.json");
        // magellan's collect looks BMCs up as https://host:port; BMC 1 has the wrong password there, the rest use default.
        await File.WriteAllTextAsync(secrets, MagellanSecrets.FileText(new Dictionary<string, string>
        {
            ["default"] = MagellanSecrets.Encrypt(key, "default", MagellanSecrets.BasicPlaintext("root", s_password)),
            [bmcs.Url(1)] = MagellanSecrets.Encrypt(key, bmcs.Url(1), MagellanSecrets.BasicPlaintext("root", "wrong")),
        }), TestContext.Current.CancellationToken);
        var cli = new CliRunner();
        cli.Environment["MASTER_KEY"] = key;

        var exitCode = await cli.RunAsync(
            $"firmware update {Host(bmcs, 0)} {Host(bmcs, 1)} {Host(bmcs, 2)} {Host(bmcs, 3)} --image-uri http://10.0.0.1/x.bin --secrets-file {secrets} {bmcs.Tls} --poll-interval 0.05 --timeout 2 -F json",
            TestContext.Current.CancellationToken);
        var outcomes = JsonDocument.Parse(cli.Output).RootElement.EnumerateArray().ToList();

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Equal([true, false, true, false], outcomes.Select(o => o.GetProperty("succeeded").GetBoolean()));
        Assert.Equal([bmcs.Url(0), bmcs.Url(1), bmcs.Url(2), bmcs.Url(3)], outcomes.Select(o => o.GetProperty("bmc").GetString()));
        Assert.Equal("Authentication", outcomes[1].GetProperty("errorKind").GetString());
        Assert.Equal("Connection", outcomes[3].GetProperty("errorKind").GetString());
        Assert.Contains("cannot connect", outcomes[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("Completed", outcomes[2].GetProperty("taskState").GetString());
        Assert.Empty(bmcs.Host.Bmcs[1].State.TaskIds());
    }

    [Fact]
    public async Task Update_Table_ListsEveryBmcWithItsReason()
    {
        var options = TestBmcs.Options(2, "dmtf-public-rackmount1");
        options.Faults[1] = new BmcFaults { RefuseConnections = true };
        await using var bmcs = await StartAsync(options);
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = s_password;

        var exitCode = await cli.RunAsync($"firmware update {Host(bmcs, 0)} {Host(bmcs, 1)} --image-uri http://10.0.0.1/x.bin -u root {bmcs.Tls} --poll-interval 0.05 --timeout 2", TestContext.Current.CancellationToken);
        var rows = cli.Output.Split('\n').Where(l => l.Contains("https://", StringComparison.Ordinal)).ToList();

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Equal(2, rows.Count);
        Assert.Contains("ok", rows[0], StringComparison.Ordinal);
        Assert.Contains("Completed 100%", rows[0], StringComparison.Ordinal);
        Assert.Contains("failed", rows[1], StringComparison.Ordinal);
        Assert.Contains("cannot connect", rows[1], StringComparison.Ordinal);
        Assert.Contains("1 of 2 BMCs updated; 1 failed.", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithoutCredentials_FailsBeforeContactingAnyBmc()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"));
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"firmware update {Host(bmcs, 0)} --image-uri http://10.0.0.1/x.bin --secrets-file {_directory.File("none.json")} {bmcs.Tls}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains("no BMC credentials", cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, bmcs.Host.Bmcs[0].RequestCount);
    }

    [Fact]
    public async Task Update_PasswordOnTheCommandLine_WorksWithAWarning()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"));
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"firmware update {Host(bmcs, 0)} --image-uri http://10.0.0.1/x.bin -u root -p {s_password} {bmcs.Tls} --no-wait", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("--password is visible to every user", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(s_password, cli.Output + cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("firmware update 127.0.0.1", "give the image")]
    [InlineData("firmware update 127.0.0.1 --image-file /nonexistent/image.bin", "does not exist")]
    [InlineData("firmware update 127.0.0.1 --image-uri not-a-url", "not an absolute URL")]
    [InlineData("firmware update ftp://127.0.0.1 --image-uri http://x/y", "not ftp")]
    [InlineData("firmware update 127.0.0.1 --image-uri http://x/y -u root -p a --password-stdin", "one way only")]
    [InlineData("firmware update 127.0.0.1 --image-uri http://x/y -u root -p a --insecure --cacert /etc/hostname", "contradict")]
    [InlineData("firmware status 127.0.0.1 -u root -p a --concurrency 0", "--concurrency must be at least 1")]
    [InlineData("firmware status", "Required argument missing")]
    public async Task Firmware_InvalidCommandLine_ExitsOneWithTheReason(string commandLine, string reason)
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync(commandLine, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidUsage, exitCode);
        Assert.Contains(reason, cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Output);
    }

    [Fact]
    public async Task Status_PrintsTheUpdateServiceAndTheMockupsFirmwareInventory()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(2, "dmtf-public-rackmount1", "csm-rie-OpenBMC-stock"));
        var cli = new CliRunner();
        var passwordFile = _directory.File("password");
        await File.WriteAllTextAsync(passwordFile, s_password + "\n", TestContext.Current.CancellationToken);

        var exitCode = await cli.RunAsync($"firmware status {Host(bmcs, 0)} {Host(bmcs, 1)} -u root --password-file {passwordFile} {bmcs.Tls} -F json", TestContext.Current.CancellationToken);
        var statuses = JsonDocument.Parse(cli.Output).RootElement.EnumerateArray().ToList();

        Assert.Equal(0, exitCode);
        Assert.Equal(["SimpleUpdate", "HttpPush"], statuses[0].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["HttpPush", "MultipartHttpPush"], statuses[1].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(ExpectedInventory("dmtf-public-rackmount1"), Inventory(statuses[0]));
        Assert.Equal(ExpectedInventory("csm-rie-OpenBMC-stock"), Inventory(statuses[1]));
    }

    [Fact]
    public async Task Status_Table_ShowsComponentsAndVersions()
    {
        await using var bmcs = await StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"));
        var cli = new CliRunner();
        cli.Environment["SYSMGMT_BMC_PASSWORD"] = s_password;

        var exitCode = await cli.RunAsync($"firmware status {Host(bmcs, 0)} -u root {bmcs.Tls}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        foreach (var (id, version, _) in ExpectedInventory("dmtf-public-rackmount1"))
        {
            Assert.Contains(cli.Output.Split('\n'), line => line.Contains(id, StringComparison.Ordinal) && line.Contains(version!, StringComparison.Ordinal));
        }
    }

    /// <summary>(Id, Version, Updateable) of each FirmwareInventory member, read from the mockup's files.</summary>
    private static List<(string Id, string? Version, bool? Updateable)> ExpectedInventory(string mockup)
    {
        var root = Path.Combine(TestBmcs.Mockup(mockup), "redfish", "v1", "UpdateService", "FirmwareInventory");
        var collection = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "index.json"))).RootElement;
        return [.. collection.GetProperty("Members").EnumerateArray().Select(member =>
        {
            var path = member.GetProperty("@odata.id").GetString()!;
            var body = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestBmcs.Mockup(mockup), path.TrimStart('/'), "index.json"))).RootElement;
            return (body.GetProperty("Id").GetString()!, body.GetProperty("Version").GetString(), body.TryGetProperty("Updateable", out var u) ? u.GetBoolean() : (bool?)null);
        }).OrderBy(c => c.Item1, StringComparer.Ordinal)];
    }

    private static List<(string Id, string? Version, bool? Updateable)> Inventory(JsonElement status) =>
        [.. status.GetProperty("components").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("version").GetString(), c.GetProperty("updateable").ValueKind == JsonValueKind.Null ? (bool?)null : c.GetProperty("updateable").GetBoolean()))
            .OrderBy(c => c.Item1, StringComparer.Ordinal)];

    private static JsonElement Single(string output) => JsonDocument.Parse(output).RootElement.EnumerateArray().Single();

    /// <summary>The BMC as a sysadmin types it: host:port, without the scheme.</summary>
    private static string Host(RunningBmcs bmcs, int index) => bmcs.Host.Bmcs[index].Endpoint.ToString();

    private static async Task<RunningBmcs> StartAsync(EmulatorOptions options)
    {
        var host = await TestBmcs.StartAsync(options, TestContext.Current.CancellationToken);
        return new RunningBmcs(host, TestBmcs.WriteAuthority(host));
    }

    private sealed class RunningBmcs(EmulatorHost host, string caFile) : IAsyncDisposable
    {
        public EmulatorHost Host { get; } = host;

        /// <summary>The TLS options that trust the emulator's CA.</summary>
        public string Tls => $"--cacert {caFile}";

        public string Url(int index) => Host.Bmcs[index].BaseUri.ToString().TrimEnd('/');

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            File.Delete(caFile);
        }
    }
}
