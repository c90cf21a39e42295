using System.Text.Json;
using Xunit;

namespace SysMgmt.Testing.OpenApi;

/// <summary>Checks on a service's served OpenAPI document that SMD and BSS share.</summary>
public static class OpenApiAssert
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>The service's served OpenAPI document, fetched without a token (it is public).</summary>
    public static async Task<JsonElement> ReadDocumentAsync(HttpClient anonymous)
    {
        using var response = await anonymous.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>Every operation has a summary and a problem answer; every one that needs a token says so, with 401 and 403.</summary>
    public static void EveryOperationIsDescribed(JsonElement document)
    {
        var missing = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var op = operation.Value;
                if (!op.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    missing.Add($"{name}: no summary");
                }

                var responses = op.GetProperty("responses");
                if (!responses.EnumerateObject().Any(r => IsProblem(r.Value)))
                {
                    missing.Add($"{name}: no problem response");
                }

                if (op.TryGetProperty("security", out _)
                    && !(responses.TryGetProperty("401", out var unauthorized) && IsProblem(unauthorized) && responses.TryGetProperty("403", out var forbidden) && IsProblem(forbidden)))
                {
                    missing.Add($"{name}: needs a token but documents no 401/403 problem");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    /// <summary>
    /// Every anchor operation is served, or docs/compatibility.md lists it as not implemented; and what it lists
    /// is indeed not served.
    /// </summary>
    public static void AnchorsAreServedOrExcused(IReadOnlySet<ApiRoute> served, params IReadOnlySet<ApiRoute>[] anchors)
    {
        var excused = ApiRouteSets.DocumentedAsNotImplemented();
        var all = anchors.SelectMany(a => a).Distinct().ToList();
        var unaccounted = all.Where(r => !served.Any(s => s.Serves(r)) && !excused.Contains(r)).Order().Select(r => r.ToString()).ToList();
        Assert.True(unaccounted.Count == 0,
            "anchor operations neither served nor listed under '## Not implemented' in docs/compatibility.md:\n" + string.Join("\n", unaccounted));
        var stale = all.Where(r => excused.Contains(r) && served.Any(s => s.Serves(r))).Order().Select(r => r.ToString()).ToList();
        Assert.True(stale.Count == 0, "served, yet listed under '## Not implemented' in docs/compatibility.md:\n" + string.Join("\n", stale));
    }

    private static bool IsProblem(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.TryGetProperty(ProblemJson, out _);
}
