using System.Text.Json.Nodes;
using SysMgmt.Discovery.IntegrationTests.Infrastructure;
using SysMgmt.Discovery.Naming;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Discovery.IntegrationTests.EndToEnd;

/// <summary>
/// <c>sysmgmt power</c> after discovery: nodes are found through SMD's component endpoints alone, and their BMCs
/// (the emulator, whose Reset is stateful) answer and obey.
/// </summary>
[Collection(DiscoverEndToEndCollection.Name)]
public sealed class PowerEndToEndTests(DiscoveryFixture fixture) : IAsyncLifetime
{
    private readonly Sysmgmt _sysmgmt = new(fixture.Services.WriteToken());

    private EmulatedSite Site => fixture.Site;

    public async ValueTask InitializeAsync()
    {
        var run = await _sysmgmt.RunAsync(["discover", "collect", .. Site.Emulator.Bmcs.Select(b => b.BaseUri.ToString()),
            "--send", fixture.Services.Smd.BaseUrl, "--token-file", _sysmgmt.TokenFile, "--cacert", Site.CaFile]);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    public ValueTask DisposeAsync()
    {
        _sysmgmt.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Status_DiscoveredNodesAndAnUnknownOne_ShowsWhatTheSystemsSayAndReportsTheUnknown()
    {
        var bladed = Site.Bmc("dmtf-public-bladed");
        var nodes = Enumerable.Range(0, 4).Select(n => $"{Bmc(bladed.BaseUri)}n{n}").ToList();

        var run = await PowerAsync(["status", .. nodes, "x9c0s0b0n0", "--format", "json"]);

        Assert.True(run.ExitCode == 3, run.ToString());
        var results = JsonNode.Parse(run.Output)!.AsArray().ToDictionary(r => r!["xname"]!.GetValue<string>());
        using var raw = new RawRedfish(bladed.BaseUri, Site.CaFile);
        var systems = await raw.MembersAsync(await raw.RootAsync(), "Systems");
        Assert.Equal(systems.Select(s => s["PowerState"]!.GetValue<string>()).Order(), nodes.Select(n => results[n]!["powerState"]!.GetValue<string>()).Order());
        Assert.All(nodes, n => Assert.Contains("ForceOff", results[n]!["resetTypes"]!.AsArray().Select(t => t!.GetValue<string>())));
        Assert.Contains("has no component endpoint in SMD", results["x9c0s0b0n0"]!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffThenOn_ANode_TheBmcsSystemFollows()
    {
        var bmc = Site.Bmc("dmtf-public-rackmount1");
        var node = $"{Bmc(bmc.BaseUri)}n0";
        using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
        var path = (await raw.MembersAsync(await raw.RootAsync(), "Systems"))[0]["@odata.id"]!.GetValue<string>();

        var off = await PowerAsync(["off", node]);
        var stateAfterOff = (await raw.GetAsync(path))["PowerState"]!.GetValue<string>();
        var on = await PowerAsync(["on", node]);

        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Equal("Off", stateAfterOff);
        Assert.Equal("On", (await raw.GetAsync(path))["PowerState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reset_ATypeTheSystemDoesNotAccept_IsThatNodesErrorNamingWhatItAccepts()
    {
        var node = $"{Bmc(Site.Bmc("csm-rie-EX425").BaseUri)}n0";

        var run = await PowerAsync(["reset", "--type", "Nmi", node, "--format", "json"]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("does not accept ResetType 'Nmi'; it accepts", run.Output, StringComparison.Ordinal);
    }

    private Task<CliProcess.Result> PowerAsync(string[] arguments) => _sysmgmt.RunAsync(
        ["power", .. arguments, "--smd", fixture.Services.Smd.BaseUrl, "--token-file", _sysmgmt.TokenFile, "--cacert", Site.CaFile]);

    private static string Bmc(Uri bmc) => GeneratedXnames.TryGenerate(bmc.Host, false, out var id, out var error) ? id.Value : throw new InvalidOperationException(error);
}
