using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Service;

/// <summary>The xname in a route's path, or the 400 that says why it is not one.</summary>
internal static class PathXnames
{
    /// <summary>What the anchors' ComponentEndpoints and ServiceEndpoints routes say; clients match on it.</summary>
    public const string EndpointRoutesPrefix = "Argument was not a valid xname ID: ";

    private const string DefaultPrefix = "invalid xname: ";

    /// <summary>Null when <paramref name="text"/> is an xname; otherwise the 400 problem, its detail starting with <paramref name="prefix"/>.</summary>
    public static Problem? Parse(string text, out Xname xname, string prefix = DefaultPrefix) =>
        Xname.TryParse(text, out xname, out var error) ? null : Problem.BadRequest(prefix + error);

    /// <summary>A by-xname GET: 200 with what <paramref name="find"/> finds, 404 <c>no such xname.</c>, or the 400 for a path that is not an xname.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> FindAsync<T>(string text, Func<Xname, Task<T?>> find) where T : class =>
        Parse(text, out var id) is { } invalid ? invalid.ToResult()
        : await find(id) is { } found ? TypedResults.Ok(found)
        : Problem.NotFound("no such xname.").ToResult();
}
