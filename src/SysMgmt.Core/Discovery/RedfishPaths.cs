namespace SysMgmt.Core.Discovery;

/// <summary>
/// Redfish resource paths as SMD stores them and numbers them: no scheme or host, no trailing slash. Normalise
/// paths with <see cref="Normalize"/> before handing them to <see cref="NodeLocations"/> or <see cref="ChassisLocations"/>,
/// as SMD does, so both sides compute the same xnames.
/// </summary>
public static class RedfishPaths
{
    /// <summary><c>https://10.0.0.1:443/redfish/v1/Systems/1/</c> → <c>/redfish/v1/Systems/1</c>; blank → empty.</summary>
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

    /// <summary>The Redfish Id a path ends with: <c>/redfish/v1/Systems/Node0</c> → <c>Node0</c>.</summary>
    public static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];
}
