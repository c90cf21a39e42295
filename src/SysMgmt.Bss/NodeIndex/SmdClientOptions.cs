namespace SysMgmt.Bss.NodeIndex;

/// <summary>Where SMD is and how BSS authenticates to it (section <c>Bss:Smd</c>).</summary>
public sealed class SmdClientOptions
{
    /// <summary>SMD's base URL, without <c>/hsm/v2</c>.</summary>
    public string Url { get; set; } = "http://127.0.0.1:27779";

    /// <summary>
    /// SMD's inventory gRPC endpoint (<c>http://</c> for HTTP/2 without TLS, or <c>https://</c>). When set, BSS loads its
    /// index from the stream's snapshot and applies SMD's changes as they commit; when empty, it polls <see cref="Url"/>.
    /// </summary>
    public string? GrpcUrl { get; set; }

    /// <summary>True when <see cref="GrpcUrl"/> is set: BSS follows SMD's stream.</summary>
    public bool Streams => !string.IsNullOrWhiteSpace(GrpcUrl);

    /// <summary>A bearer token with SMD's read scope (ComponentEndpoints need one).</summary>
    public string? Token { get; set; }

    /// <summary>A file holding that token; read again for every refresh and stream connection, so it can be rotated in place.</summary>
    public string? TokenFile { get; set; }

    /// <summary>How long one SMD read may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
