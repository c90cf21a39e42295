namespace SysMgmt.Testing.OpenApi;

/// <summary>
/// One operation, compared the way routing matches it: method upper case, path without trailing slash, parameter
/// names dropped (<c>/Components/{}</c>) and letters case-insensitive.
/// </summary>
public readonly record struct ApiRoute : IComparable<ApiRoute>
{
    public ApiRoute(string method, string path)
    {
        Method = method.ToUpperInvariant();
        Path = System.Text.RegularExpressions.Regex.Replace(path.TrimEnd('/'), "\\{[^}]*\\}", "{}").ToLowerInvariant();
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>
    /// Whether this served route answers <paramref name="other"/>: a parameter here matches any segment text there
    /// (<c>/values/{}</c> serves <c>/values/arch</c>, <c>/Bulk{}</c> serves <c>/BulkRole</c>).
    /// </summary>
    public bool Serves(ApiRoute other) =>
        Method == other.Method
        && System.Text.RegularExpressions.Regex.IsMatch(other.Path, "^" + System.Text.RegularExpressions.Regex.Escape(Path).Replace("\\{}", "[^/]+", StringComparison.Ordinal) + "$");

    public int CompareTo(ApiRoute other) => string.CompareOrdinal(ToString(), other.ToString());

    public override string ToString() => $"{Method} {Path}";
}
