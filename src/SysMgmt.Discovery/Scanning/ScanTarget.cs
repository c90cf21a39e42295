using System.Net;

namespace SysMgmt.Discovery.Scanning;

/// <summary>One service to probe: scheme, host (an address in canonical form, or a DNS name), port.</summary>
public sealed record ScanTarget
{
    public ScanTarget(string scheme, IPAddress address, int port)
        : this(scheme, address.ToString(), port, address)
    {
    }

    public ScanTarget(string scheme, string hostName, int port)
        : this(scheme, hostName.ToLowerInvariant(), port, null)
    {
    }

    private ScanTarget(string scheme, string host, int port, IPAddress? address)
    {
        Scheme = scheme;
        Host = host;
        Port = port;
        Address = address;
    }

    /// <summary><c>https</c> or <c>http</c>.</summary>
    public string Scheme { get; }

    public string Host { get; }

    public int Port { get; }

    /// <summary>The address, or null for a DNS name (resolved when it is scanned).</summary>
    public IPAddress? Address { get; }

    /// <summary>The host as a URL writes it: IPv6 addresses in brackets.</summary>
    public string UriHost => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;

    /// <summary>The BMC's base URL with its port always written, e.g. <c>https://127.1.2.3:443</c>: the cache key.</summary>
    public string Url => $"{Scheme}://{UriHost}:{Port}";

    /// <summary><see cref="Url"/> as a <see cref="Uri"/> (whose text drops a default port).</summary>
    public Uri BaseUri => new(Url);

    public Uri ServiceRootUri => new($"{Url}/redfish/v1/");

    public override string ToString() => Url;
}
