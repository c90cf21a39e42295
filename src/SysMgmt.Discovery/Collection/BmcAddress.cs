namespace SysMgmt.Discovery.Collection;

/// <summary>
/// Where a BMC answers: <c>https://10.254.1.23</c>, <c>https://127.1.2.3:8443</c>, <c>https://[fd00::5]</c>. The
/// secrets store keys credentials by <see cref="SecretId"/> (<c>https://host:port</c>, magellan's exact form).
/// </summary>
public sealed record BmcAddress
{
    public const int DefaultPort = 443;

    private BmcAddress(Uri baseUri) => BaseUri = baseUri;

    /// <summary>Scheme, host and port only; no path.</summary>
    public Uri BaseUri { get; }

    /// <summary>The host without IPv6 brackets: an IP address or a DNS name.</summary>
    public string Host => BaseUri.DnsSafeHost;

    public int Port => BaseUri.Port;

    /// <summary>magellan's secret ID for this BMC.</summary>
    public string SecretId => $"{BaseUri.Scheme}://{BaseUri.Host}:{Port}";

    /// <summary>
    /// How SMD records where the BMC is (its RedfishEndpoint FQDN): the host, with <c>:port</c> when the port is
    /// not 443, so that tools reading SMD reach BMCs that listen elsewhere (emulators, port forwards).
    /// </summary>
    public string Fqdn => Port == DefaultPort ? Host : $"{BaseUri.Host}:{Port}";

    /// <summary>Reads <c>host</c>, <c>host:port</c>, <c>[v6]:port</c> or a URL (any path is dropped).</summary>
    public static bool TryParse(string text, string defaultScheme, out BmcAddress address, out string error)
    {
        address = null!;
        var trimmed = text.Trim();
        if (trimmed.StartsWith('-'))
        {
            error = $"'{text}' is not a BMC address (an unknown option?)";
            return false;
        }

        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : $"{defaultScheme}://{trimmed}";
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0
            || uri.UserInfo.Length > 0)
        {
            error = $"'{text}' is not a BMC address: expected host, host:port or https://host[:port]";
            return false;
        }

        address = new BmcAddress(new Uri($"{uri.Scheme}://{uri.Authority}"));
        error = "";
        return true;
    }

    public override string ToString() => BaseUri.GetLeftPart(UriPartial.Authority);
}
