using System.Net;

namespace SysMgmt.Discovery.Bmcs;

/// <summary>
/// A BMC as a user names it on the command line (<c>10.1.0.2</c>, <c>10.1.0.2:8443</c>, <c>https://bmc1</c>,
/// <c>[fd00::2]:443</c>, <c>fd00::2</c>) made into its base URL with scheme and port: <c>https://10.1.0.2:443</c>,
/// the form magellan's secrets use as IDs. HTTPS and port 443 unless said otherwise.
/// </summary>
public static class BmcAddress
{
    public static bool TryParse(string text, out Uri bmc, out string error)
    {
        bmc = null!;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "an empty BMC address";
            return false;
        }

        // A bare IPv6 address has colons that a URL would read as a port.
        // (IPAddress.TryParse also takes "[v6]:port" and drops the port: brackets mean the user wrote a URL authority.)
        if (!trimmed.Contains("://", StringComparison.Ordinal) && !trimmed.StartsWith('[')
            && IPAddress.TryParse(trimmed, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            trimmed = $"[{address}]";
        }

        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : $"https://{trimmed}";
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

        bmc = new Uri($"{uri.Scheme}://{uri.Host}:{uri.Port}");
        error = string.Empty;
        return true;
    }

    /// <summary>The BMC's base URL with its port always written (<see cref="Uri.ToString"/> drops a default port).</summary>
    public static string Display(Uri bmc) => $"{bmc.Scheme}://{bmc.Host}:{bmc.Port}";
}
