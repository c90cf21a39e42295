using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SysMgmt.Testing.OpenApi;

/// <summary>The operations an OpenAPI document serves, an anchor's Swagger spec lists, or docs/compatibility.md excuses.</summary>
public static partial class ApiRouteSets
{
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    /// <summary>The operations of a served OpenAPI 3 document.</summary>
    public static IReadOnlySet<ApiRoute> Served(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => s_methods.Contains(op.Name)).Select(op => new ApiRoute(op.Name, path.Name)))
            .ToHashSet();

    /// <summary>
    /// The operations of an anchor's Swagger 2.0 spec in <c>../shared/reference</c>, with its <c>basePath</c> replaced
    /// by <paramref name="servedPrefix"/> (SMD's <c>/apis/smd/hsm/v2</c> is served at <c>/hsm/v2</c>).
    /// </summary>
    public static IReadOnlySet<ApiRoute> Anchor(string specFileName, string servedPrefix)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepositoryPaths.Shared("reference", specFileName)))
        {
            yaml.Load(reader);
        }

        var paths = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("paths")];
        return paths.Children
            .SelectMany(path => ((YamlMappingNode)path.Value).Children.Keys.OfType<YamlScalarNode>()
                .Where(method => s_methods.Contains(method.Value))
                .Select(method => new ApiRoute(method.Value!, servedPrefix + ((YamlScalarNode)path.Key).Value)))
            .ToHashSet();
    }

    /// <summary>
    /// The operations docs/compatibility.md lists under "Not implemented" as <c>`METHOD /path`</c> in the first
    /// column of its tables (the others explain, and may name routes that are served), so a client developer reads
    /// there what the anchors have and we do not.
    /// </summary>
    public static IReadOnlySet<ApiRoute> DocumentedAsNotImplemented()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "compatibility.md"));
        var start = text.IndexOf("\n## Not implemented", StringComparison.Ordinal);
        if (start < 0)
        {
            return new HashSet<ApiRoute>();
        }

        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        var firstCells = section.Split('\n').Where(line => line.StartsWith('|')).Select(line => line.Split('|')[1]);
        return firstCells.SelectMany(cell => OperationPattern().Matches(cell)).Select(m => new ApiRoute(m.Groups[1].Value, m.Groups[2].Value)).ToHashSet();
    }

    [GeneratedRegex("`(GET|PUT|POST|DELETE|PATCH) (/[^`]*)`")]
    private static partial Regex OperationPattern();
}
