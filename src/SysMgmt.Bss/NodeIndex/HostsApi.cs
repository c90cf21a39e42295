using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Networking;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// <c>/boot/v1/hosts</c>: GET lists the nodes BSS knows from SMD (filters <c>name=</c>, <c>mac=</c>,
/// <c>nid=</c>); POST makes the index as new as SMD now and answers once it is (204), or 503 when SMD
/// could not be read (the previous index stays in service).
/// </summary>
internal static class HostsApi
{
    public static IEndpointRouteBuilder MapHostsApi(this IEndpointRouteBuilder app)
    {
        var hosts = app.MapGroup("/boot/v1/hosts").WithTags("Hosts");
        hosts.MapGet("", GetHosts).WithSummary("The nodes BSS knows from SMD (its node index)")
            .WithQueryFilters("name", "mac", "nid");
        hosts.MapPost("", PostHosts).WithSummary("Read SMD again now and answer when the node index is fresh");
        return app;
    }

    private static Results<Ok<List<HostInfo>>, ProblemHttpResult> GetHosts(HttpRequest request, NodeDirectory directory)
    {
        var index = directory.Current;
        var names = QueryLists.Split(request.Query, "name");
        var macs = QueryLists.Split(request.Query, "mac");
        var nids = QueryLists.Split(request.Query, "nid");
        if (names.Count + macs.Count + nids.Count == 0)
        {
            return TypedResults.Ok(index.Nodes.Select(HostInfo.From).ToList());
        }

        var results = new List<HostInfo>();
        foreach (var name in names)
        {
            if (index.FindByName(name) is not { } node)
            {
                return Problem.NotFound($"Not Found - Unknown host name '{name}'").ToResult();
            }

            results.Add(HostInfo.From(node));
        }

        foreach (var text in macs)
        {
            // Not a MAC is a lookup that matches nothing: the anchors' 404, not a 400.
            if (!MacAddress.TryNormalize(text, out var mac, out _) || index.FindByMac(mac) is not { } node)
            {
                return Problem.NotFound($"Not Found - Unknown MAC address '{text}'").ToResult();
            }

            results.Add(HostInfo.From(node));
        }

        foreach (var text in nids)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var nid))
            {
                return Problem.BadRequest($"Bad Request - Invalid nid '{text}'").ToResult();
            }

            if (index.FindByNid(nid) is not { } node)
            {
                return Problem.NotFound($"Not Found - Unknown NID '{text}'").ToResult();
            }

            results.Add(HostInfo.From(node));
        }

        return TypedResults.Ok(results);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PostHosts(NodeIndexCatchUp catchUp, CancellationToken cancellationToken)
    {
        var status = await catchUp.RefreshAsync(cancellationToken);
        return status.LastError is { } error
            ? new Problem(StatusCodes.Status503ServiceUnavailable, $"could not read SMD: {error}; the previous node index stays in service").ToResult()
            : TypedResults.NoContent();
    }
}
