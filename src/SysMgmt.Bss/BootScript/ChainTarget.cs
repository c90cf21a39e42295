using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Where a script chains to: the bootscript URL, the node's identity (<c>mac=…</c>, <c>name=…</c> or <c>nid=…</c>),
/// then <c>&amp;retry=N</c> for a known node, or <c>&amp;arch=${buildarch}&amp;ts=T</c> for the discovery flow.
/// </summary>
internal readonly record struct ChainTarget(string Url, string IdentityName, string IdentityValue, int? Retry, long Timestamp)
{
    public StringBuilder AppendTo(StringBuilder script)
    {
        script.Append(Url).Append('?').Append(IdentityName).Append('=').Append(IdentityValue);
        return Retry is { } retry
            ? script.Append("&retry=").Append(retry)
            : script.Append("&arch=${buildarch}&ts=").Append(Timestamp);
    }
}
