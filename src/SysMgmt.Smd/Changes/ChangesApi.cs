using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.OpenApi;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Changes;

/// <summary><c>/hsm/v2/changes</c>: the change feed, for consumers that follow the inventory (docs/changes.md).</summary>
internal static class ChangesApi
{
    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/hsm/v2/changes").WithTags("Changes")
            .MapGet("", ReadChanges)
            .WithSummary("The inventory changes after a sequence number, in order, with the newest sequence number (410: resync)")
            .WithQueryParameter("since", "the last sequence number already seen (default 0: from the oldest kept)")
            .WithQueryParameter("limit", "the most changes to return (default 1000; 0 returns only LatestSequence)")
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Results<Ok<ChangePage>, ProblemHttpResult>> ReadChanges(
        HttpRequest request, ChangeFeedReader feed, IOptions<ChangeFeedOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!TryRead(request, "since", 0, long.MaxValue, 0, out var since, out var badSince))
        {
            return Problem.BadRequest(badSince).ToResult();
        }

        if (!TryRead(request, "limit", 0, settings.MaxLimit, settings.DefaultLimit, out var limit, out var badLimit))
        {
            return Problem.BadRequest(badLimit).ToResult();
        }

        var page = await feed.ReadAsync(since, (int)limit, kind: null, cancellationToken);
        return page.Problem is { } gone ? gone.ToResult() : TypedResults.Ok(page.Value!);
    }

    /// <summary>An integer query parameter in [min, max], or its default when absent.</summary>
    private static bool TryRead(HttpRequest request, string name, long min, long max, long fallback, out long value, out string error)
    {
        value = fallback;
        error = "";
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1 || !long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = $"'{name}' must be one integer from {min} to {max}, not '{string.Join(",", values.ToArray())}'";
            return false;
        }

        return true;
    }
}
