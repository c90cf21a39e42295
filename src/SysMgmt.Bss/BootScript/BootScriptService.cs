using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Answers <c>GET /boot/v1/bootscript</c> from memory only: the node index and the boot parameters cache. No
/// database round trip, no SMD call, no lock; the access is noted for the batched endpoint history.
/// </summary>
internal sealed class BootScriptService(
    NodeDirectory directory, BootDataResolver resolver, BootScriptSettings settings, EndpointAccessRecorder history)
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Outcome<BootScriptAnswer> Answer(BootScriptQuery query)
    {
        var (node, key, description) = Identify(query);
        if (node is { Enabled: false })
        {
            return new Problem(StatusCodes.Status403Forbidden,
                $"{description} is disabled in SMD (Enabled=false), so it gets no boot script; enable it to boot it.");
        }

        var entry = resolver.Resolve(node, key);
        if (entry is { Kernel.Length: > 0 })
        {
            return Known(query, node, entry, description);
        }

        if (node is null)
        {
            // Perhaps SMD learned of it since the last refresh; many such requests make one background read.
            directory.RequestRefresh();
        }

        return Unknown(query, node, description);
    }

    private (NodeRecord? Node, string Key, string Description) Identify(BootScriptQuery query)
    {
        var index = directory.Current;
        NodeRecord? node;
        string key, description;
        if (query.Mac is { } mac)
        {
            node = index.FindByMac(mac);
            key = mac;
            description = "MAC " + mac;
        }
        else if (query.Name is { } name)
        {
            key = HostKey.TryParse(name, out var parsed, out _) ? parsed.Name : name;
            node = index.FindByName(key) ?? index.FindByName(name);
            description = name;
            return (node, key, node is null || node.Xname == name ? description : $"{description} ({node.Xname})");
        }
        else
        {
            node = index.FindByNid(query.Nid!.Value);
            key = HostKey.ForNid(query.Nid.Value).Name;
            description = "NID " + query.Nid.Value;
        }

        return (node, key, node is null ? description : $"{description} ({node.Xname})");
    }

    private Outcome<BootScriptAnswer> Known(BootScriptQuery query, NodeRecord? node, BootEntry entry, string description)
    {
        var chain = $"{settings.ChainUrl}?{ChainIdentity(query, node)}&retry={query.Retry + 1}";
        var giveUp = settings.MaxRetries > 0 && query.Retry >= settings.MaxRetries
            ? $"BSS: {description} did not boot after {query.Retry} retries; giving up. Fix its boot parameters, then reboot it."
            : null;
        var parameters = KernelParameters.Build(new KernelParameterInput(
            entry.Params,
            resolver.ImageParams(ImageKind.Kernel, entry.Kernel),
            resolver.ImageParams(ImageKind.Initrd, entry.Initrd),
            entry.Initrd.Length > 0,
            node?.Xname,
            node?.NidText,
            entry.ReferralToken,
            settings.BootIf ? query.Mac : null,
            settings.DataSource));
        if (node is not null)
        {
            history.Record(node.Xname, EndpointKind.Bootscript);
        }

        return Render(query, entry, parameters, chain, giveUp);
    }

    private Outcome<BootScriptAnswer> Unknown(BootScriptQuery query, NodeRecord? node, string description)
    {
        var chain = $"{settings.ChainUrl}?{ChainIdentity(query, node)}&arch=${{buildarch}}&ts={query.Timestamp}";
        description = "Unknown " + description;
        if (query.Arch is null)
        {
            return query.Json
                ? Problem.NotFound($"{description}: pass arch= to get the Unknown-<arch> boot parameters.")
                : new BootScriptAnswer(BootScriptRenderer.DelayedChain(settings.RetrievalDelay, chain), IsJson: false);
        }

        description += " architecture " + query.Arch;
        if (resolver.Find(HostKey.ForUnknown(query.Arch).Name) is not { Kernel.Length: > 0 } unknown)
        {
            return Problem.NotFound($"{description}: this host not configured for booting.");
        }

        // Discovery boots carry no node identity: SMD does not know the node yet.
        var parameters = KernelParameters.Build(new KernelParameterInput(
            unknown.Params,
            resolver.ImageParams(ImageKind.Kernel, unknown.Kernel),
            resolver.ImageParams(ImageKind.Initrd, unknown.Initrd),
            unknown.Initrd.Length > 0,
            Xname: null, Nid: null, ReferralToken: null, BootIfMac: null,
            settings.DataSource));
        return Render(query, unknown, parameters, chain, giveUp: null);
    }

    /// <summary>
    /// How the chained request names the node: its MAC when known, else its name, else its NID. (The anchors fall
    /// back to <c>mac=${net/net0}</c>, which iPXE does not expand; there is always an identity here.)
    /// </summary>
    private static string ChainIdentity(BootScriptQuery query, NodeRecord? node) =>
        (query.Mac ?? (node is { Macs.Count: > 0 } ? node.Macs[0] : null)) is { } mac ? "mac=" + mac
            : (node?.Xname ?? query.Name) is { } name ? "name=" + name
            : "nid=" + query.Nid;

    private BootScriptAnswer Render(BootScriptQuery query, BootEntry entry, string parameters, string chain, string? giveUp) =>
        query.Json
            ? new BootScriptAnswer(JsonSerializer.Serialize(new BootScriptJson(
                "kernel " + parameters,
                new BootScriptJson.ImagePath(entry.Kernel),
                entry.Initrd.Length > 0 ? new BootScriptJson.ImagePath(entry.Initrd) : null), s_json) + "\n", IsJson: true)
            : new BootScriptAnswer(BootScriptRenderer.Boot(new BootScriptContent(
                entry.Kernel, entry.Initrd, parameters, settings.ImageStat, settings.RetryDelay, chain, giveUp)), IsJson: false);
}
