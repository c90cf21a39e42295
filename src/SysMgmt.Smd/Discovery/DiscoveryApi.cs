using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// <c>/hsm/v2/Inventory/Discover</c> and <c>/DiscoveryStatus</c>: the anchors' discovery routes, answered honestly.
/// The agent (<c>sysmgmt discover</c>) discovers; SMD says so, and reports what the agent last sent.
/// </summary>
internal static class DiscoveryApi
{
    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder app)
    {
        var inventory = app.MapGroup("/hsm/v2/Inventory").WithTags("Discovery");
        inventory.MapPost("/Discover", Discover)
            .WithSummary("Not done by SMD: answers 501 with the discovery agent command that discovers these endpoints")
            .Accepts<DiscoverRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        inventory.MapGet("/DiscoveryStatus", ListDiscoveryStatus).WithSummary("The discovery status (one entry, ID 0), derived from the agent's last inventory POSTs");
        inventory.MapGet("/DiscoveryStatus/{id}", GetDiscoveryStatus).WithSummary("The discovery status entry with this ID (only 0 exists)");
        return app;
    }

    private static async Task<ProblemHttpResult> Discover(HttpContext context, DiscoverAdvisor advisor, CancellationToken cancellationToken)
    {
        // The body is optional (no body: every endpoint), as in the anchors.
        var request = await JsonBody<DiscoverRequest>.ReadOptionalAsync(context) ?? new DiscoverRequest();
        var ids = new List<Xname>();
        foreach (var raw in request.Xnames ?? [])
        {
            if (!Xname.TryParse(raw, out var id, out var error))
            {
                return Problem.BadRequest("xnames: " + error).ToResult();
            }

            ids.Add(id);
        }

        return (await advisor.AdviseAsync(ids, cancellationToken)).ToResult();
    }

    private static async Task<Ok<List<DiscoveryStatusEntry>>> ListDiscoveryStatus(DiscoveryStatusService statuses, CancellationToken cancellationToken) =>
        TypedResults.Ok<List<DiscoveryStatusEntry>>([await statuses.GetAsync(cancellationToken)]);

    private static async Task<Results<Ok<DiscoveryStatusEntry>, ProblemHttpResult>> GetDiscoveryStatus(
        string id, DiscoveryStatusService statuses, CancellationToken cancellationToken)
    {
        if (!uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Problem.BadRequest($"DiscoveryStatus ID '{id}' is not an unsigned integer").ToResult();
        }

        return number == DiscoveryStatusService.OnlyId
            ? TypedResults.Ok(await statuses.GetAsync(cancellationToken))
            : Problem.NotFound("no such DiscoveryStatus ID.").ToResult();
    }
}
