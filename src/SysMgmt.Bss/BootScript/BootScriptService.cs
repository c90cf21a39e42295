using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.Bss.Telemetry;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Answers <c>GET /boot/v1/bootscript</c> from memory only: the node index and the boot parameters cache. No
/// database round trip, no SMD call, no lock; the access is noted for the batched endpoint history.
/// </summary>
internal sealed class BootScriptService(
    NodeDirectory directory,
    BootDataResolver resolver,
    PreparedParametersCache prepared,
    BootScriptSettings settings,
    EndpointAccessRecorder history,
    BssMetrics metrics)
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Outcome<BootScriptAnswer> Answer(BootScriptQuery query)
    {
        var (node, key) = Identify(query);
        if (node is { Enabled: false })
        {
            metrics.BootScript(BootScriptOutcome.Disabled);
            return new Problem(StatusCodes.Status403Forbidden,
                $"{Describe(query, node)} is disabled in SMD (Enabled=false), so it gets no boot script; enable it to boot it.");
        }

        var entry = resolver.Resolve(node, key);
        if (entry is { Kernel.Length: > 0 })
        {
            return Known(query, node, entry);
        }

        if (node is null)
        {
            // Perhaps SMD learned of it since the last refresh; many such requests make one background read.
            directory.RequestRefresh();
        }

        metrics.BootScript(BootScriptOutcome.Unknown);
        return Unknown(query, node);
    }

    private (NodeRecord? Node, string Key) Identify(BootScriptQuery query)
    {
        var index = directory.Current;
        if (query.Mac is { } mac)
        {
            return (index.FindByMac(mac), mac);
        }

        if (query.Name is { } name)
        {
            var key = HostKey.TryParse(name, out var parsed, out _) ? parsed.Name : name;
            return (index.FindByName(key) ?? index.FindByName(name), key);
        }

        return (index.FindByNid(query.Nid!.Value), HostKey.ForNid(query.Nid.Value).Name);
    }

    /// <summary>How messages name the node, as the anchors do: <c>MAC aa:… (x…)</c>, <c>name (x…)</c>, <c>NID 5 (x…)</c>.</summary>
    private static string Describe(BootScriptQuery query, NodeRecord? node)
    {
        var asked = query.Mac is { } mac ? "MAC " + mac : query.Name ?? "NID " + query.Nid;
        return node is null || node.Xname == asked ? asked : $"{asked} ({node.Xname})";
    }

    private Outcome<BootScriptAnswer> Known(BootScriptQuery query, NodeRecord? node, BootEntry entry)
    {
        var giveUp = settings.MaxRetries > 0 && query.Retry >= settings.MaxRetries
            ? $"BSS: {Describe(query, node)} did not boot after {query.Retry} retries; giving up. Fix its boot parameters, then reboot it."
            : null;
        metrics.BootScript(giveUp is null ? BootScriptOutcome.Known : BootScriptOutcome.RetryCapped);
        if (node is not null)
        {
            history.Record(node.Xname, EndpointKind.Bootscript);
        }

        var nodeParameters = new NodeParameters(node?.Xname, node?.NidText, entry.ReferralToken, settings.BootIf ? query.Mac : null, settings.DataSource);
        return Render(query, entry, nodeParameters, Chain(query, node, query.Retry + 1), giveUp);
    }

    private Outcome<BootScriptAnswer> Unknown(BootScriptQuery query, NodeRecord? node)
    {
        var chain = Chain(query, node, retry: null);
        if (query.Arch is null)
        {
            return query.Json
                ? Problem.NotFound($"Unknown {Describe(query, node)}: pass arch= to get the Unknown-<arch> boot parameters.")
                : new BootScriptAnswer(BootScriptRenderer.AppendDelayedChain(ScriptBuilders.Rent(), settings.RetrievalDelay, chain), IsJson: false);
        }

        if (resolver.Find(HostKey.ForUnknown(query.Arch).Name) is not { Kernel.Length: > 0 } unknown)
        {
            return Problem.NotFound($"Unknown {Describe(query, node)} architecture {query.Arch}: this host not configured for booting.");
        }

        // Discovery boots carry no node identity: SMD does not know the node yet.
        return Render(query, unknown, new NodeParameters(null, null, null, null, settings.DataSource), chain, giveUp: null);
    }

    /// <summary>
    /// How the chained request names the node: its MAC when known, else its name, else its NID. (The anchors fall
    /// back to <c>mac=${net/net0}</c>, which iPXE does not expand; there is always an identity here.)
    /// </summary>
    private ChainTarget Chain(BootScriptQuery query, NodeRecord? node, int? retry) =>
        (query.Mac ?? (node is { Macs.Count: > 0 } ? node.Macs[0] : null)) is { } mac ? new(settings.ChainUrl, "mac", mac, retry, query.Timestamp)
            : (node?.Xname ?? query.Name) is { } name ? new(settings.ChainUrl, "name", name, retry, query.Timestamp)
            : new(settings.ChainUrl, "nid", query.Nid!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), retry, query.Timestamp);

    private BootScriptAnswer Render(BootScriptQuery query, BootEntry entry, in NodeParameters node, in ChainTarget chain, string? giveUp)
    {
        var body = ScriptBuilders.Rent();
        if (!query.Json)
        {
            return new BootScriptAnswer(BootScriptRenderer.AppendBoot(body, new BootScriptContent(
                entry.Kernel, entry.Initrd, prepared.For(entry), node, settings.ImageStat, settings.RetryDelay, chain, giveUp)), IsJson: false);
        }

        var parameters = KernelParameters.AppendComplete(new System.Text.StringBuilder("kernel "), prepared.For(entry), node).ToString();
        var json = new BootScriptJson(parameters, new(entry.Kernel), entry.Initrd.Length > 0 ? new(entry.Initrd) : null);
        return new BootScriptAnswer(body.Append(JsonSerializer.Serialize(json, s_json)).Append('\n'), IsJson: true);
    }
}
