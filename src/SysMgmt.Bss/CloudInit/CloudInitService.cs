using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.CloudInit;

/// <summary>
/// The NoCloud data source, from memory. A node is known by its address only, and gets only its own data: its
/// entry's data over its SubRole's over its Role's over <c>Default</c>, plus <c>Global</c>. An address no node
/// has gets <c>Default</c> and <c>Global</c> only. Secret user-data needs the node's referral token as well.
/// </summary>
internal sealed class CloudInitService(NodeDirectory directory, BootDataResolver resolver, EndpointAccessRecorder history, BootParametersService writer)
{
    public NodeRecord? Identify(string? address) => address is null ? null : directory.Current.FindByIp(address);

    /// <summary><c>/meta-data</c>: JSON, keys sorted; <paramref name="key"/> (<c>a.b.c</c>) selects one value.</summary>
    public Outcome<string> MetaData(NodeRecord? node, string? key)
    {
        var global = CloudInitMerge.Merge(resolver.Find(HostKey.GlobalName)?.CloudInit.MetaData);
        if (key is not null && (key == HostKey.GlobalName || key.StartsWith(HostKey.GlobalName + ".", StringComparison.Ordinal)))
        {
            // Asked by every node of a boot storm: answered without looking the node up.
            return Select(new JsonObject { [HostKey.GlobalName] = global }, key);
        }

        var metaData = NodeMetaData(node);
        metaData[HostKey.GlobalName] = global;
        return key is null ? SortedJsonWriter.Write(metaData) : Select(metaData, key);
    }

    /// <summary>
    /// <c>/user-data</c>: <c>#cloud-config</c> YAML. With <paramref name="token"/> equal to the node's referral
    /// token, secret user-data is merged in; any other token is refused, so a wrong one is noticed.
    /// </summary>
    public Outcome<string> UserData(NodeRecord? node, string? token)
    {
        var layers = Layers(node);
        var includeSecrets = false;
        if (token is not null)
        {
            if (node is null || !TokenMatches(resolver.Resolve(node, null)?.ReferralToken, token))
            {
                return new Problem(StatusCodes.Status403Forbidden, "the referral token does not belong to the node at this address");
            }

            includeSecrets = true;
        }

        var userData = CloudInitMerge.Merge([
            .. layers.Select(e => e?.CloudInit.UserData),
            .. includeSecrets ? layers.Select(e => e?.CloudInit.SecretUserData) : []]);
        if (node is not null)
        {
            if (!userData.ContainsKey("local-hostname"))
            {
                userData["local-hostname"] = NodeMetaData(node)["local-hostname"]?.DeepClone();
            }

            history.Record(node.Xname, EndpointKind.UserData);
        }

        return "#cloud-config\n" + (userData.Count == 0 ? "" : YamlWriter.Write(userData));
    }

    /// <summary><c>/vendor-data</c>: the <c>Global</c> entry's user-data, cloud-config every node gets.</summary>
    public string VendorData()
    {
        var vendorData = CloudInitMerge.Merge(resolver.Find(HostKey.GlobalName)?.CloudInit.UserData);
        return "#cloud-config\n" + (vendorData.Count == 0 ? "" : YamlWriter.Write(vendorData));
    }

    /// <summary><c>/phone-home</c>: stores the report in the node's own entry and answers that entry's cloud-init.</summary>
    public async Task<Outcome<BootParamsResponse>> PhoneHomeAsync(NodeRecord? node, PhoneHome report, CancellationToken cancellationToken)
    {
        if (node is null)
        {
            return Problem.NotFound("XName not found for IP");
        }

        if (resolver.OwnEntry(node, null) is not { } own)
        {
            return Problem.NotFound($"{node.Xname} has no boot parameters of its own to store phone-home data in");
        }

        var stored = await writer.SetPhoneHomeAsync(own.Name, report, cancellationToken);
        return stored.Problem is { } problem
            ? problem
            : new BootParamsResponse { Hosts = [node.Xname], CloudInit = CloudInitResponse.From(stored.Value!.CloudInit, includeSecrets: false) };
    }

    private JsonObject NodeMetaData(NodeRecord? node)
    {
        var metaData = CloudInitMerge.Merge([.. Layers(node).Select(e => e?.CloudInit.MetaData)]);
        metaData["instance-id"] = InstanceIds.For(node?.Xname, resolver.Resolve(node, null)?.ReferralToken ?? resolver.Find(HostKey.DefaultName)?.ReferralToken);
        if (node is not null)
        {
            AddIfAbsent(metaData, "local-hostname", node.Xname);
            AddIfAbsent(metaData, "shasta-type", node.Role);
            AddIfAbsent(metaData, "shasta-role", node.SubRole);
        }

        return metaData;
    }

    /// <summary>Lowest first: Default, Role, SubRole, the node's own entry.</summary>
    private BootEntry?[] Layers(NodeRecord? node) => node is null
        ? [resolver.Find(HostKey.DefaultName)]
        : [resolver.Find(HostKey.DefaultName), resolver.RoleEntry(node), resolver.SubRoleEntry(node), resolver.OwnEntry(node, null)];

    private static void AddIfAbsent(JsonObject metaData, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !metaData.ContainsKey(key))
        {
            metaData[key] = value;
        }
    }

    private static Outcome<string> Select(JsonObject root, string key)
    {
        var value = CloudInitMerge.Lookup(root, key, out var found);
        return found ? SortedJsonWriter.Write(value) : Problem.NotFound("Not Found");
    }

    private static bool TokenMatches(string? expected, string presented) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
