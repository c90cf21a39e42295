using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.IntegrationTests.Infrastructure;
using SysMgmt.Discovery.Naming;
using SysMgmt.Redfish;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Discovery.IntegrationTests.Collection;

/// <summary>
/// Collection of every mockup served by the emulator, checked against the Redfish tree as a plain HTTP client reads
/// it: every System and its NICs, the BMC's own NIC, chassis and services, and the hardware parts.
/// </summary>
public sealed class BmcCollectorTests(EmulatedSiteFixture fixture) : IClassFixture<EmulatedSiteFixture>
{
    private EmulatedSite Site => fixture.Site;

    public static TheoryData<string> Mockups => [.. TestBmcs.AllMockupNames()];

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Collect_Mockup_FindsEverySystemWithItsNics(string mockup)
    {
        var bmc = Site.Bmc(mockup);
        using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
        var systems = await raw.MembersAsync(await raw.RootAsync(), "Systems");

        var payload = BmcPayload.From(await CollectAsync(bmc.BaseUri));

        var sent = payload.Endpoint["Systems"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(systems.Select(s => Path(s)).Order(), sent.Select(s => s["uri"]!.GetValue<string>()).Order());
        foreach (var system in systems)
        {
            var expected = RawRedfish.Macs(await raw.MembersAsync(system, "EthernetInterfaces")).Order();
            var nics = sent.Single(s => s["uri"]!.GetValue<string>() == Path(system))["ethernet_interfaces"]?.AsArray() ?? [];
            Assert.Equal(expected, nics.Select(n => n!["mac"]!.GetValue<string>()).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Collect_Mockup_MacAddrIsTheManagerNicAtTheBmcAddress(string mockup)
    {
        var bmc = Site.Bmc(mockup);
        using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
        var nics = new List<JsonObject>();
        foreach (var manager in await raw.MembersAsync(await raw.RootAsync(), "Managers"))
        {
            nics.AddRange(await raw.MembersAsync(manager, "EthernetInterfaces"));
        }

        var own = nics.Where(n => (n["IPv4Addresses"]?.AsArray() ?? []).Any(a => a?["Address"]?.GetValue<string>() == bmc.BaseUri.Host));

        var collection = await CollectAsync(bmc.BaseUri);

        Assert.Equal(RawRedfish.Macs(own).FirstOrDefault(), collection.OwnMac);
        Assert.Equal(collection.OwnMac, BmcPayload.From(collection).Endpoint["MACAddr"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Collect_Mockup_SendsEveryChassisAndTheServicesTheRootLinks(string mockup)
    {
        var bmc = Site.Bmc(mockup);
        using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
        var root = await raw.RootAsync();
        var chassis = await raw.MembersAsync(root, "Chassis");
        string[] serviceLinks = ["UpdateService", "SessionService", "AccountService", "EventService", "Tasks"];
        var services = serviceLinks.Where(l => root[l] is not null).Select(l => l == "Tasks" ? "TaskService" : l).Order();

        var endpoint = BmcPayload.From(await CollectAsync(bmc.BaseUri)).Endpoint;

        Assert.Equal(chassis.Select(c => Path(c)).Order(), endpoint["Chassis"]!.AsArray().Select(c => c!["uri"]!.GetValue<string>()).Order());
        Assert.Equal(services, endpoint["Services"]!.AsArray().Select(s => s!["type"]!.GetValue<string>()).Order());
        Assert.Equal(root["RedfishVersion"]!.GetValue<string>(), endpoint["RedfishVersion"]!.GetValue<string>());
        Assert.Null(endpoint["Password"]);
    }

    [Theory]
    [MemberData(nameof(Mockups))]
    public async Task Collect_Mockup_HardwareHoldsEveryNodeWithItsProcessorsMemoryAndDrives(string mockup)
    {
        var bmc = Site.Bmc(mockup);
        using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
        var systems = await raw.MembersAsync(await raw.RootAsync(), "Systems");
        var collection = await CollectAsync(bmc.BaseUri);

        var hardware = HardwarePayload.Build(collection);

        var nodes = hardware.Body["Hardware"]!.AsArray().Where(l => Xname.Parse(l!["ID"]!.GetValue<string>()).Type == XnameType.Node).ToList();
        Assert.Equal(systems.Count, nodes.Count);
        foreach (var system in systems)
        {
            var node = nodes.Single(n => n!["NodeLocationInfo"]!["Id"]!.GetValue<string>() == system["Id"]!.GetValue<string>())!;
            var processors = await raw.MembersAsync(system, "Processors");
            var memory = await raw.MembersAsync(system, "Memory");
            Assert.Equal(processors.Count, Count(node, "Processors") + Count(node, "NodeAccels") + hardware.Notes.Count(s => s.StartsWith(Path(system) + "/", StringComparison.Ordinal)));
            Assert.Equal(memory.Count, Count(node, "Memory"));
            Assert.All(node["Memory"]?.AsArray() ?? [], m => Assert.StartsWith(node["ID"]!.GetValue<string>() + "d", m!["ID"]!.GetValue<string>(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Collect_WrongPassword_FailsSayingTheCredentialsWereRefused()
    {
        var (collection, failure) = await CollectorAsync().CollectAsync(
            Address(Site.Emulator.Bmcs[0].BaseUri), new RedfishCredentials(EmulatedSite.Username, "wrong"), TestContext.Current.CancellationToken);

        Assert.Null(collection);
        Assert.Equal(BmcFailureStage.Redfish, failure!.Stage);
        Assert.Contains("wrong credentials", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatedSite.Password, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WithoutTheCa_FailsOnTls()
    {
        var (collection, failure) = await CollectorAsync(new RedfishClientOptions()).CollectAsync(
            Address(Site.Emulator.Bmcs[0].BaseUri), new RedfishCredentials(EmulatedSite.Username, EmulatedSite.Password), TestContext.Current.CancellationToken);

        Assert.Null(collection);
        Assert.Contains("TLS", failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("--cacert", failure.Reason, StringComparison.Ordinal);
    }

    private static int Count(JsonNode node, string parts) => node[parts]?.AsArray().Count ?? 0;

    private static string Path(JsonObject resource) => resource["@odata.id"]!.GetValue<string>().TrimEnd('/');

    private static BmcAddress Address(Uri uri) => BmcAddress.TryParse(uri.ToString(), "https", out var address, out var error)
        ? address
        : throw new InvalidOperationException(error);

    private BmcCollector CollectorAsync(RedfishClientOptions? options = null) => new(
        new RedfishClientFactory(Options.Create(options ?? new RedfishClientOptions { CaBundlePath = Site.CaFile, MaxRetries = 0 })),
        new BmcNaming(null));

    private async Task<BmcCollection> CollectAsync(Uri bmc)
    {
        var (collection, failure) = await CollectorAsync().CollectAsync(
            Address(bmc), new RedfishCredentials(EmulatedSite.Username, EmulatedSite.Password), TestContext.Current.CancellationToken);
        return collection ?? throw new InvalidOperationException($"{bmc}: {failure}");
    }
}
