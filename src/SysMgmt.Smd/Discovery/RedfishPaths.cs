namespace SysMgmt.Smd.Discovery;

/// <summary>Redfish resource paths as SMD stores them: no scheme or host, no trailing slash.</summary>
internal static class RedfishPaths
{
    /// <summary><c>https://10.0.0.1:443/redfish/v1/Systems/1/</c> → <c>/redfish/v1/Systems/1</c>.</summary>
    public static string Normalize(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            return "";
        }

        var path = uri.Trim();
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            path = Uri.TryCreate(path, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : path;
        }

        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    public static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];
}
