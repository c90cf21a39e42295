using Microsoft.AspNetCore.Http;

namespace SysMgmt.ServiceDefaults.Http;

public static class QueryParameters
{
    /// <summary>The query string as name → values, with names matched case-insensitively (as the anchors do).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ToParameters(this IQueryCollection query) =>
        query.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<string>)[.. pair.Value.Select(v => v ?? "")],
            StringComparer.OrdinalIgnoreCase);
}
