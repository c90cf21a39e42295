using System.Text.Json.Nodes;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Cli.Tests.Discover;

/// <summary><c>sysmgmt discover list</c> over cache files written here.</summary>
public sealed class ListCommandTests : IDisposable
{
    private const string Cache = """
        {"version":1,"bmcs":[
          {"host":"https://127.1.2.3","port":443,"protocol":"tcp","state":true,"timestamp":"2026-12-03T09:00:00Z","service_type":"Redfish",
           "status":"Redfish","first_seen":"2026-12-01T09:00:00Z","last_seen":"2026-12-03T09:00:00Z","last_scanned":"2026-12-03T09:00:00Z",
           "redfish_version":"1.15.0","vendor":"Contoso","product":"BMC 3000"},
          {"host":"https://127.1.2.4","port":8443,"protocol":"tcp","state":false,"timestamp":"2026-12-01T09:00:00Z","service_type":"Redfish",
           "status":"Closed","first_seen":"2026-12-01T09:00:00Z","last_seen":"2026-12-01T09:00:00Z","last_scanned":"2026-12-03T09:00:00Z",
           "redfish_version":"1.2.0"}
        ]}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("sysmgmt-list-cli-").FullName;

    private string CachePath => Path.Combine(_directory, "cache.json");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task List_Help_ShowsItsOptions()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync("discover list --help", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var flag in new[] { "--cache", "-F, --format", "--clear" })
        {
            Assert.Contains(flag, cli.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_Redirected_PrintsOneTabSeparatedLinePerBmc()
    {
        await File.WriteAllTextAsync(CachePath, Cache, TestContext.Current.CancellationToken);
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover list --cache {CachePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(
            "https://127.1.2.3:443\tRedfish\t1.15.0\tContoso\tBMC 3000\t2026-12-03T09:00:00.000000Z\n" +
            "https://127.1.2.4:8443\tClosed\t1.2.0\t-\t-\t2026-12-01T09:00:00.000000Z\n",
            cli.Output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public async Task List_Format_PrintsTheCacheAsMagellanRecords(string format)
    {
        await File.WriteAllTextAsync(CachePath, Cache, TestContext.Current.CancellationToken);
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover list --cache {CachePath} -F {format}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        var printed = StructuredText.Read(cli.Output);
        Assert.True(JsonNode.DeepEquals(DiscoveredBmcJson.ToJson(DiscoveredBmcJson.FromJson(JsonNode.Parse(Cache)!["bmcs"])), printed), cli.Output);
    }

    [Fact]
    public async Task List_NoCacheYet_PrintsNothing()
    {
        var cli = new CliRunner();

        var exitCode = await cli.RunAsync($"discover list --cache {CachePath} -F json", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("[]", cli.Output.Trim());
    }

    [Fact]
    public async Task List_Clear_EmptiesTheCacheEvenACorruptOne()
    {
        await File.WriteAllTextAsync(CachePath, "garbage", TestContext.Current.CancellationToken);
        var failed = new CliRunner();
        var cleared = new CliRunner();
        var listed = new CliRunner();

        var failedExit = await failed.RunAsync($"discover list --cache {CachePath}", TestContext.Current.CancellationToken);
        var clearExit = await cleared.RunAsync($"discover list --cache {CachePath} --clear", TestContext.Current.CancellationToken);
        var listExit = await listed.RunAsync($"discover list --cache {CachePath}", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Unavailable, failedExit);
        Assert.Contains("is not valid", failed.Error, StringComparison.Ordinal);
        Assert.Contains("sysmgmt discover list --clear", failed.Error, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (clearExit, listExit));
        Assert.Contains($"Emptied the discovery cache {CachePath}", cleared.Error, StringComparison.Ordinal);
        Assert.Empty(listed.Output);
    }
}
