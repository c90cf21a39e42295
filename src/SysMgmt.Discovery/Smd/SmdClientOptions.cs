namespace SysMgmt.Discovery.Smd;

/// <summary>Where SMD is and how to reach it.</summary>
public sealed class SmdClientOptions
{
    /// <summary>SMD's base URL, e.g. <c>http://127.0.0.1:27779</c> (with or without <c>/hsm/v2</c>).</summary>
    public required Uri BaseUri { get; init; }

    /// <summary>A bearer token with SMD's write scope; null sends none (an SMD run with --insecure-no-auth).</summary>
    public string? Token { get; init; }

    /// <summary>A PEM bundle that SMD's certificate must chain to, for an SMD behind TLS with a private CA.</summary>
    public string? CaFile { get; init; }

    /// <summary>The most one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
