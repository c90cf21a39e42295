using SysMgmt.Bss.NodeIndex;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// The lookup chain, shared by boot scripts, cloud-init and reads: a node's own entry (its xname, the key it
/// was asked by, its <c>nid&lt;N&gt;</c>, its MACs), then its SMD role, then <c>Default</c>. Dictionary hits only.
/// </summary>
internal sealed class BootDataResolver(BootParametersCache cache)
{
    /// <summary>The node's own entry; <paramref name="requestKey"/> alone for a node SMD does not know.</summary>
    public BootEntry? OwnEntry(NodeRecord? node, string? requestKey)
    {
        if (node is null)
        {
            return requestKey is null ? null : cache.Find(requestKey);
        }

        var entry = cache.Find(node.Xname)
            ?? (requestKey is null ? null : cache.Find(requestKey))
            ?? (node.NidKey is null ? null : cache.Find(node.NidKey));
        for (var i = 0; entry is null && i < node.Macs.Count; i++)
        {
            entry = cache.Find(node.Macs[i]);
        }

        return entry;
    }

    /// <summary>
    /// What the node boots: its own entry, else its role's, else <c>Default</c>. A node SMD does not know gets only
    /// an entry under the key it asked by (never <c>Default</c>: unknown nodes go the <c>Unknown-&lt;arch&gt;</c> way).
    /// </summary>
    public BootEntry? Resolve(NodeRecord? node, string? requestKey) =>
        OwnEntry(node, requestKey)
        ?? (node is null ? null : RoleEntry(node) ?? cache.Find(HostKey.DefaultName));

    public BootEntry? RoleEntry(NodeRecord node) => node.Role is { Length: > 0 } role ? cache.Find(role) : null;

    public BootEntry? SubRoleEntry(NodeRecord node) => node.SubRole is { Length: > 0 } subRole ? cache.Find(subRole) : null;

    public BootEntry? Find(string key) => cache.Find(key);

    public string ImageParams(ImageKind kind, string path) => cache.ImageParams(kind, path);
}
