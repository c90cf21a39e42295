using System.Security.Cryptography;
using System.Text;

namespace SysMgmt.Bss.CloudInit;

/// <summary>
/// Cloud-init <c>instance-id</c>s in the anchors' form (<c>&lt;xname&gt;-&lt;12 hex&gt;</c>), but derived from the
/// node and the referral token of its boot parameters instead of drawn at random per request: stable while the
/// node boots the same parameters (so cloud-init does not re-run per-instance modules on every fetch), new after
/// every POST or PUT of them (a new boot).
/// </summary>
internal static class InstanceIds
{
    public static string For(string? xname, string? referralToken)
    {
        var prefix = xname ?? "default";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(prefix + "\n" + referralToken));
        return prefix + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
