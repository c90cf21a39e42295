using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.OpenApi;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Groups;

/// <summary><c>/hsm/v2/memberships</c>: for each component, its group labels and partition (cloud-init reads one node's).</summary>
internal static class MembershipsApi
{
    public static IEndpointRouteBuilder MapMembershipsApi(this IEndpointRouteBuilder app)
    {
        var memberships = app.MapGroup("/hsm/v2/memberships").WithTags("Memberships");
        memberships.MapGet("", ListMemberships).WithSummary("List the groups and partition of every component the filters select")
            .WithQueryFilters("id", "type", "state", "flag", "role", "subrole", "enabled", "softwarestatus", "subtype", "arch", "class", "nid", "nid_start", "nid_end", "partition", "group");
        memberships.MapGet("/{xname}", GetMembership).WithSummary("Get the groups and partition of one component");
        return app;
    }

    /// <summary>Every selected component, also those in no group or partition; a bare array, as in the anchors.</summary>
    private static async Task<Results<Ok<List<Membership>>, ProblemHttpResult>> ListMemberships(
        HttpRequest request, ComponentFilterParser parser, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var filter = parser.Parse(request.Query.ToParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(await queries.MembershipsAsync(filter.Value!, cancellationToken));
    }

    private static async Task<Results<Ok<Membership>, ProblemHttpResult>> GetMembership(
        string xname, GroupQueryService queries, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalid)
        {
            return invalid.ToResult();
        }

        return await queries.FindMembershipAsync(id.Value, cancellationToken) is { } membership
            ? TypedResults.Ok(membership)
            : GroupProblems.NoSuchXname(id.Value).ToResult();
    }
}
