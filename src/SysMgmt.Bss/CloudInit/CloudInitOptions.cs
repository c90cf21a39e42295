namespace SysMgmt.Bss.CloudInit;

/// <summary>Cloud-init settings (section <c>Bss:CloudInit</c>).</summary>
public sealed class CloudInitOptions
{
    /// <summary>
    /// Proxies (IP addresses or CIDR ranges) whose <c>X-Forwarded-For</c> is believed. From any other peer the
    /// header is ignored and the node is the connection's source address.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];
}
