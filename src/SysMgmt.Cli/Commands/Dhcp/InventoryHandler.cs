using SysMgmt.Redfish;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>The HTTP handler for the inventory stream when SMD's TLS certificate chains to a given CA (--smd-cacert).</summary>
internal static class InventoryHandler
{
    /// <summary>Null without a CA file: the follower's own handler then trusts the system's CAs.</summary>
    public static HttpMessageHandler? Create(string? caFile)
    {
        if (caFile is null)
        {
            return null;
        }

        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
        };
        CertificateValidation.Apply(handler.SslOptions, new RedfishClientOptions { CaBundlePath = caFile });
        return handler;
    }
}
