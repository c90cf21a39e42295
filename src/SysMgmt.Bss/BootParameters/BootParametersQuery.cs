using System.Globalization;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.Core.Networking;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// <c>GET /boot/v1/bootparameters</c>, from the cache: everything (images first, then entries by key), or what
/// <c>name=</c>, <c>mac=</c>, <c>nid=</c> (comma lists, repeatable) and a body's hosts, macs, nids, kernel and
/// initrd select. A MAC or NID finds the entry of its node as well as one stored under the MAC or <c>nid&lt;N&gt;</c>.
/// </summary>
internal sealed class BootParametersQuery(BootParametersCache cache, NodeDirectory directory)
{
    public List<BootParamsResponse> All(bool includeSecrets) =>
        [.. cache.Images().Select(BootParamsResponse.FromImage), .. cache.Entries().Select(e => BootParamsResponse.FromEntry(e, includeSecrets))];

    public Outcome<List<BootParamsResponse>> Select(IQueryCollection query, BootParamsRequest? body, bool includeSecrets)
    {
        var names = QueryLists.Split(query, "name").Concat(body?.Hosts ?? []).ToList();
        var macs = QueryLists.Split(query, "mac").Concat(body?.Macs ?? []).ToList();
        var nidTexts = QueryLists.Split(query, "nid").Concat((body?.Nids ?? []).Select(n => n.ToString(CultureInfo.InvariantCulture))).ToList();

        var index = directory.Current;
        var keys = new List<string>();
        foreach (var name in names)
        {
            if (!HostKey.TryParse(name, out var key, out var error))
            {
                return Problem.BadRequest(error);
            }

            keys.Add(key.Name);
            if (index.FindByName(name.Trim()) is { } node)
            {
                keys.Add(node.Xname);
            }
        }

        foreach (var text in macs)
        {
            // Not a MAC: it matches nothing, so it ends in the anchors' 404 like an unknown MAC.
            if (!MacAddress.TryNormalize(text, out var mac, out _))
            {
                continue;
            }

            keys.AddRange(index.FindByMac(mac) is { } node ? [node.Xname, mac] : [mac]);
        }

        foreach (var text in nidTexts)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var nid))
            {
                return Problem.BadRequest($"Bad Request - Invalid nid '{text}'");
            }

            var nidKey = HostKey.ForNid(nid).Name;
            keys.AddRange(index.FindByNid(nid) is { } node ? [node.Xname, nidKey] : [nidKey]);
        }

        var results = new List<BootParamsResponse>();
        AddImage(results, ImageKind.Kernel, body?.Kernel);
        AddImage(results, ImageKind.Initrd, body?.Initrd);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (cache.Find(key) is { } entry)
            {
                results.Add(BootParamsResponse.FromEntry(entry, includeSecrets));
            }
        }

        if (results.Count > 0)
        {
            return results;
        }

        var asked = new List<string>();
        if (names.Count > 0) asked.Add("Hosts");
        if (macs.Count > 0) asked.Add("MACs");
        if (nidTexts.Count > 0) asked.Add("NIDs");
        if (body?.Kernel is { Length: > 0 }) asked.Add("kernel");
        if (body?.Initrd is { Length: > 0 }) asked.Add("initrd");
        return asked.Count == 0
            ? Problem.BadRequest("No specified data requested")
            : Problem.NotFound("Cannot find boot parameters for requested " + JoinOr(asked));
    }

    private void AddImage(List<BootParamsResponse> results, ImageKind kind, string? path)
    {
        if (!string.IsNullOrWhiteSpace(path) && cache.FindImage(kind, path.Trim()) is { } image)
        {
            results.Add(BootParamsResponse.FromImage(image));
        }
    }

    /// <summary>"Hosts", "Hosts or MACs", "Hosts, MACs or NIDs", as the anchors word it.</summary>
    private static string JoinOr(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];
}
