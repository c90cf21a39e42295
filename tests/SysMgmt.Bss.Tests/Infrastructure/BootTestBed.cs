using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.BootScript;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.Bss.Telemetry;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Testing.Time;

namespace SysMgmt.Bss.Tests.Infrastructure;

/// <summary>
/// BSS's in-memory state (node index, boot parameters cache, access notes) wired to the boot script service,
/// without a database or SMD: what a request sees, set up directly.
/// </summary>
internal sealed class BootTestBed
{
    private readonly List<BootEntry> _entries = [];
    private readonly List<BootImage> _images = [];

    public BootTestBed(BssOptions? options = null)
    {
        Settings = new BootScriptSettings(options ?? GoldenScenario.Options());
        Resolver = new BootDataResolver(Cache);
        History = new EndpointAccessRecorder(Time);
        MeterFactory = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        Metrics = new BssMetrics(MeterFactory, Directory, Time);
        Scripts = new BootScriptService(Directory, Resolver, new PreparedParametersCache(Resolver), Settings, History, Metrics);
    }

    public ManualTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeSeconds(GoldenScenario.Timestamp));

    public BootParametersCache Cache { get; } = new();

    public NodeDirectory Directory { get; } = new();

    public BootScriptSettings Settings { get; }

    public BootDataResolver Resolver { get; }

    public EndpointAccessRecorder History { get; }

    /// <summary>The factory of this bed's meters: a listener tells them from other tests' by their scope.</summary>
    public IMeterFactory MeterFactory { get; }

    public BssMetrics Metrics { get; }

    public BootScriptService Scripts { get; }

    /// <summary>Makes these the nodes SMD reports; each MAC and IP given is an Ethernet interface of its node.</summary>
    public BootTestBed WithNodes(params (Component Component, string[] Macs, string[] Ips)[] nodes)
    {
        var interfaces = nodes.SelectMany(n => n.Macs.Select((mac, i) => new EthernetInterface
        {
            ID = mac.Replace(":", "", StringComparison.Ordinal),
            MACAddress = mac,
            ComponentID = n.Component.ID,
            IPAddresses = i == 0 ? [.. n.Ips.Select(ip => new EthernetInterfaceIpAddress { IPAddress = ip })] : [],
        })).ToList();
        var inventory = new SmdInventory([.. nodes.Select(n => n.Component)], null, interfaces, null);
        Directory.Publish(NodeIndexBuilder.Build(inventory), new NodeIndexStatus(Time.GetUtcNow(), Time.GetUtcNow(), null, null, nodes.Length));
        return this;
    }

    public BootTestBed WithEntries(params BootEntry[] entries)
    {
        _entries.AddRange(entries);
        Cache.ReplaceAll(_entries, _images);
        return this;
    }

    public BootTestBed WithImages(params BootImage[] images)
    {
        _images.AddRange(images);
        Cache.ReplaceAll(_entries, _images);
        return this;
    }

    /// <summary>Asks for a boot script as iPXE would, with <paramref name="query"/> like <c>mac=…&amp;arch=x86_64</c>.</summary>
    public Outcome<BootScriptAnswer> Ask(string query)
    {
        var parsed = BootScriptQuery.Parse(new QueryCollection(QueryHelpers(query)), GoldenScenario.Timestamp);
        return parsed.Problem is { } problem ? problem : Scripts.Answer(parsed.Value!);
    }

    /// <summary>The script text, failing the test with the problem when there is none.</summary>
    public string Script(string query)
    {
        var answer = Ask(query);
        Assert.True(answer.Problem is null, $"expected a script, got {answer.Problem?.Status}: {answer.Problem?.Detail}");
        return answer.Value.Body.ToString();
    }

    private static Dictionary<string, StringValues> QueryHelpers(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
}
