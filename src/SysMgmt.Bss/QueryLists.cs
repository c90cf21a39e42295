namespace SysMgmt.Bss;

/// <summary>
/// Query parameters that carry lists the anchors' way: comma-separated, and repeatable
/// (<c>?name=a,b&amp;name=c</c>).
/// </summary>
internal static class QueryLists
{
    public static List<string> Split(IQueryCollection query, string key) =>
        [.. query[key].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
