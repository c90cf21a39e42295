using System.Text.Json.Nodes;
using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.IntegrationTests.Infrastructure;
using SysMgmt.Discovery.Naming;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Discovery.IntegrationTests.EndToEnd;

/// <summary>
/// A sysadmin's first step, with real processes: the sysmgmt command scans the /24 that holds every emulated mockup,
/// collects what it found and sends it to a real SMD; what SMD then holds is checked against the Redfish trees themselves; a second run changes
/// nothing; and a discovered node boots through BSS.
/// </summary>
[Collection(DiscoverEndToEndCollection.Name)]
public sealed class DiscoverEndToEndTests(DiscoveryFixture fixture)
{
    private EmulatedSite Site => fixture.Site;

    private ServiceStack Services => fixture.Services;

    [Fact]
    public async Task CollectSend_EveryMockup_SmdHoldsWhatTheBmcsServe()
    {
        using var sysmgmt = new Sysmgmt(Services.WriteToken());
        using var smd = Services.SmdClient();

        var run = await CollectAsync(sysmgmt);

        Assert.True(run.ExitCode == 0, run.ToString());
        var components = (await smd.ListAsync("/hsm/v2/State/Components", "Components")).ToDictionary(c => c["ID"]!.GetValue<string>());
        var interfaces = (await smd.ListAsync("/hsm/v2/Inventory/EthernetInterfaces")).ToDictionary(i => i["MACAddress"]!.GetValue<string>());
        var endpoints = await smd.ListAsync("/hsm/v2/Inventory/ComponentEndpoints", "ComponentEndpoints");
        var redfishEndpoints = (await smd.ListAsync("/hsm/v2/Inventory/RedfishEndpoints", "RedfishEndpoints")).ToDictionary(e => e["ID"]!.GetValue<string>());
        var services = await smd.ListAsync("/hsm/v2/Inventory/ServiceEndpoints", "ServiceEndpoints");
        foreach (var bmc in Site.Emulator.Bmcs)
        {
            using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
            var root = await raw.RootAsync();
            var systems = await raw.MembersAsync(root, "Systems");
            Assert.True(GeneratedXnames.TryGenerate(bmc.BaseUri.Host, systems.Count == 0, out var id, out _));
            Assert.Equal("Ready", components[id.Value]["State"]!.GetValue<string>());
            // Where the BMC answers, port included (the emulator does not listen on 443).
            Assert.Equal((bmc.BaseUri.Authority, bmc.BaseUri.Host), (redfishEndpoints[id.Value]["FQDN"]!.GetValue<string>(), redfishEndpoints[id.Value]["IPAddress"]!.GetValue<string>()));
            var nodes = components.Keys.Where(k => Xname.Parse(k) is { Type: XnameType.Node } node && node.Parent == id).Order().ToList();
            Assert.Equal(systems.Count, nodes.Count);
            Assert.All(nodes, n => Assert.Equal(NodeNumbering.DefaultNid(Xname.Parse(n)), components[n]["NID"]!.GetValue<long>()));
            string[] serviceLinks = ["UpdateService", "SessionService", "AccountService", "EventService", "Tasks"];
            Assert.Equal(
                serviceLinks.Where(l => root[l] is not null).Select(l => l == "Tasks" ? "TaskService" : l).Order(),
                services.Where(s => s["RedfishEndpointID"]!.GetValue<string>() == id.Value).Select(s => s["RedfishType"]!.GetValue<string>()).Order());
            var enclosures = endpoints.Where(e => e["RedfishEndpointID"]!.GetValue<string>() == id.Value && e["RedfishType"]!.GetValue<string>() == "Chassis").ToList();
            Assert.True(enclosures.Count > 0 || root["Chassis"] is null || bmc.Mockup.Name == "csm-rie-Intel", $"{bmc.Mockup.Name}: no chassis endpoint");
            Assert.All(enclosures, e => Assert.True(components.ContainsKey(e["ID"]!.GetValue<string>())));
            var nodeEndpoints = endpoints.Where(e => e["RedfishEndpointID"]!.GetValue<string>() == id.Value && e["RedfishType"]!.GetValue<string>() == "ComputerSystem").ToList();
            Assert.Equal(systems.Select(s => s["@odata.id"]!.GetValue<string>().TrimEnd('/')).Order(), nodeEndpoints.Select(e => e["OdataID"]!.GetValue<string>()).Order());
            foreach (var system in systems)
            {
                var node = nodeEndpoints.Single(e => e["OdataID"]!.GetValue<string>() == system["@odata.id"]!.GetValue<string>().TrimEnd('/'))["ID"]!.GetValue<string>();
                foreach (var mac in RawRedfish.Macs(await raw.MembersAsync(system, "EthernetInterfaces")))
                {
                    Assert.Equal(node, interfaces[mac]["ComponentID"]!.GetValue<string>());
                }
            }
        }

        Assert.All(interfaces.Keys, mac => Assert.Equal(MacAddress.Normalize(mac), mac));
    }

    [Fact]
    public async Task CollectSend_EveryMockup_FillsHardwareInventoryAndItsHistory()
    {
        using var sysmgmt = new Sysmgmt(Services.WriteToken());
        using var smd = Services.SmdClient();

        var run = await CollectAsync(sysmgmt);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var bmc in Site.Emulator.Bmcs)
        {
            using var raw = new RawRedfish(bmc.BaseUri, Site.CaFile);
            var systems = await raw.MembersAsync(await raw.RootAsync(), "Systems");
            Assert.True(GeneratedXnames.TryGenerate(bmc.BaseUri.Host, systems.Count == 0, out var id, out _));
            var nodes = (await smd.GetNodeAsync($"/hsm/v2/Inventory/Hardware/Query/{id.Value}?type=Node"))["Nodes"]?.AsArray() ?? [];
            Assert.Equal(systems.Count, nodes.Count);
            foreach (var node in nodes)
            {
                var system = systems.Single(s => s["Id"]!.GetValue<string>() == node!["NodeLocationInfo"]!["Id"]!.GetValue<string>());
                Assert.Equal((await raw.MembersAsync(system, "Memory")).Count, node!["Memory"]?.AsArray().Count ?? 0);
                var history = await smd.GetNodeAsync($"/hsm/v2/Inventory/Hardware/History/{node["ID"]!.GetValue<string>()}");
                Assert.Equal("Detected", history["History"]![0]!["EventType"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task CollectSend_SecondRun_ChangesNothing()
    {
        using var sysmgmt = new Sysmgmt(Services.WriteToken());
        using var smd = Services.SmdClient();
        var first = await CollectAsync(sysmgmt);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = await smd.SnapshotAsync();

        var second = await CollectAsync(sysmgmt);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(before, await smd.SnapshotAsync());
    }

    [Fact]
    public async Task CollectSend_ThenBootThroughBss_TheDiscoveredMacGetsItsNodesScript()
    {
        using var sysmgmt = new Sysmgmt(Services.WriteToken());
        using var smd = Services.SmdClient();
        using var bss = Services.BssClient();
        var run = await CollectAsync(sysmgmt);
        Assert.True(run.ExitCode == 0, run.ToString());
        var nic = (await smd.ListAsync("/hsm/v2/Inventory/EthernetInterfaces"))
            .First(i => Xname.Parse(i["ComponentID"]!.GetValue<string>()).Type == XnameType.Node);
        var node = nic["ComponentID"]!.GetValue<string>();
        var mac = nic["MACAddress"]!.GetValue<string>();

        (await bss.PostAsync("/boot/v1/hosts", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var parameters = new JsonObject { ["hosts"] = new JsonArray(node), ["kernel"] = "http://192.0.2.1/vmlinuz", ["initrd"] = "http://192.0.2.1/initrd", ["params"] = "console=ttyS0 discovered" };
        (await bss.PutJsonAsync("/boot/v1/bootparameters", parameters.ToJsonString(), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var script = await new HttpClient { BaseAddress = bss.BaseAddress }.GetStringAsync($"/boot/v1/bootscript?mac={mac.ToUpperInvariant()}", TestContext.Current.CancellationToken);

        Assert.StartsWith("#!ipxe", script, StringComparison.Ordinal);
        Assert.Contains($"xname={node}", script, StringComparison.Ordinal);
        Assert.Contains("console=ttyS0 discovered", script, StringComparison.Ordinal);
    }

    /// <summary><c>scan</c> of the site's /24 into the cache, then <c>collect --send</c> of what it found.</summary>
    private async Task<CliProcess.Result> CollectAsync(Sysmgmt sysmgmt)
    {
        var scan = await sysmgmt.RunAsync("discover", "scan", "--subnet", Site.Subnet, "--port", $"{Site.Port}", "--cacert", Site.CaFile, "--cache", sysmgmt.Cache);
        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Equal(Site.Emulator.Bmcs.Count, scan.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        return await sysmgmt.RunAsync("discover", "collect", "--cache", sysmgmt.Cache,
            "--send", Services.Smd.BaseUrl, "--token-file", sysmgmt.TokenFile, "--cacert", Site.CaFile, "--secrets-file", sysmgmt.SecretsFile);
    }
}

/// <summary>The end-to-end classes share one site and stack, and run one at a time (each discovers the whole site).</summary>
[CollectionDefinition(Name)]
public sealed class DiscoverEndToEndCollection : ICollectionFixture<DiscoveryFixture>
{
    public const string Name = "discover end to end";
}
