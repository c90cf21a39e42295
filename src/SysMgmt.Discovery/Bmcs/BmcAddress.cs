using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Discovery.Bmcs;

/// <summary>
/// A BMC as a sysadmin names it (<c>10.1.0.2</c>, <c>10.1.0.2:8443</c>, <c>https://bmc1</c>, <c>fd00::2</c>,
/// <c>[fd00::2]:8443</c>), made into its base URL. HTTPS and port 443 unless said otherwise. Written with its port
/// always (<c>https://10.1.0.2:443</c>), which is the ID magellan's secrets file uses for it.
/// </summary>
public sealed record BmcAddress
{
    public const int DefaultPort = 443;

    private BmcAddress(Uri baseUri) => BaseUri = baseUri;

    /// <summary>Scheme, host and port only.</summary>
    public Uri BaseUri { get; }

    /// <summary>The host without IPv6 brackets: an IP address or a DNS name.</summary>
    public string Host => BaseUri.DnsSafeHost;

    public int Port => BaseUri.Port;

    /// <summary>
    /// How SMD records where the BMC is (its RedfishEndpoint FQDN): the host, with <c>:port</c> when the port is
    /// not 443, so that tools reading SMD reach BMCs that listen elsewhere (emulators, port forwards).
    /// </summary>
    public string Fqdn => Port == DefaultPort ? Host : $"{BaseUri.Host}:{Port}";

    public static bool TryParse(string text, out BmcAddress address, out string error) => TryParse(text, "https", out address, out error);

    /// <param name="text">What the user typed.</param>
    /// <param name="defaultScheme">The scheme when <paramref name="text"/> has none.</param>
    /// <param name="address">The BMC.</param>
    /// <param name="error">Why <paramref name="text"/> is not a BMC address, for the user.</param>
    public static bool TryParse(string text, string defaultScheme, out BmcAddress address, out string error)
    {
        address = null!;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "an empty BMC address";
            return false;
        }

        if (trimmed.StartsWith('-'))
        {
            error = $"'{text}' is not a BMC address (an unknown option?)";
            return false;
        }

        // A bare IPv6 address has colons that a URL would read as a port. (IPAddress.TryParse also takes
        // "[v6]:port" and drops the port: brackets mean the user wrote a URL authority.)
        if (!trimmed.Contains("://", StringComparison.Ordinal) && !trimmed.StartsWith('[')
            && IPAddress.TryParse(trimmed, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            trimmed = $"[{ip}]";
        }

        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : $"{defaultScheme}://{trimmed}";
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            error = $"'{text}' is not a BMC address: give a host, host:port or https://host[:port]";
            return false;
        }

        if (uri.Scheme is not ("https" or "http"))
        {
            error = $"'{text}' is not a BMC address: Redfish is served over https (or http), not {uri.Scheme}";
            return false;
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            error = $"'{text}' is not a BMC address: give the BMC's base URL only, without a path, query or credentials";
            return false;
        }

        address = new BmcAddress(new Uri($"{uri.Scheme}://{uri.Host}:{uri.Port}"));
        error = string.Empty;
        return true;
    }

    /// <summary>A BMC's base URL with its port always written (<see cref="Uri.ToString"/> drops a default port).</summary>
    public static string Display(Uri bmc) => $"{bmc.Scheme}://{bmc.Host}:{bmc.Port}";

    public override string ToString() => Display(BaseUri);
}
