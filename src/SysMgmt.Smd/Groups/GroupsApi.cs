using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.OpenApi;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// <c>/hsm/v2/groups</c>: labelled sets of components that may overlap, unless they share an exclusive group. Lists are
/// bare JSON arrays, as in the anchors.
/// </summary>
internal static class GroupsApi
{
    private const string PartitionFilter = "only members in this partition (p#.#), or NULL for members in no partition";

    public static IEndpointRouteBuilder MapGroupsApi(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup(GroupKind.Group.BasePath).WithTags("Groups").WithMetadata(GroupKind.Group);
        groups.MapGet("", ListGroups).WithSummary("List groups with their members")
            .WithQueryFilters("group", "tag").WithQueryParameter("partition", PartitionFilter);
        groups.MapPost("", CreateGroup).WithSummary("Create a group");
        groups.MapGet("/labels", GroupRoutes.Names).WithSummary("List the labels of all groups");
        groups.MapGet("/{name}", GetGroup).WithSummary("Get one group with its members").WithQueryParameter("partition", PartitionFilter);
        groups.MapGet("/{name}/members", ListMembers).WithSummary("List the members of a group").WithQueryParameter("partition", PartitionFilter);
        groups.MapPut("/{name}/members", SetMembers).WithSummary("Replace the member list of a group (OpenCHAMI)");
        groups.MapChangeRoutes(GroupKind.Group);
        return app;
    }

    private static async Task<Results<Ok<List<Group>>, ProblemHttpResult>> ListGroups(
        HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var filter = GroupListFilterParser.ParseGroups(request.Query.ToParameters());
        if (filter.Problem is { } badQuery)
        {
            return badQuery.ToResult();
        }

        var groups = await queries.ListGroupsAsync(filter.Value!, cancellationToken);
        return groups.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(groups.Value!);
    }

    private static Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> CreateGroup(
        JsonBody<Group> body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        return GroupRoutes.Create(GroupKind.Group, GroupValidator.Validate(body.Value, errors), errors, writer, cancellationToken);
    }

    private static async Task<Results<Ok<Group>, ProblemHttpResult>> GetGroup(
        string name, HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var group = await FindAsync(name, request, queries, cancellationToken);
        return group.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(group.Value!);
    }

    private static async Task<Results<Ok<Members>, ProblemHttpResult>> ListMembers(
        string name, HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var group = await FindAsync(name, request, queries, cancellationToken);
        return group.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(group.Value!.Members!);
    }

    /// <summary>201 with a URI per member, as OpenCHAMI answers; 204 when the list is now empty.</summary>
    private static async Task<Results<Created<List<ResourceUri>>, NoContent, ProblemHttpResult>> SetMembers(
        string name, JsonBody<MemberListRequest> body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (GroupRoutes.InvalidName(GroupKind.Group, name, out var label) is { } invalid)
        {
            errors.Add(invalid.Detail);
        }
        else if (!string.IsNullOrEmpty(body.Value.Group) && body.Value.Group.ToLowerInvariant() != label)
        {
            errors.Add($"group '{body.Value.Group}' in the body does not match '{label}' in the URL");
        }

        var members = GroupValidator.Members(body.Value.Ids, errors);
        if (errors.Count > 0)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var set = await writer.SetMembersAsync(label, members, cancellationToken);
        if (set.Problem is { } problem)
        {
            return problem.ToResult();
        }

        return members.Count == 0
            ? TypedResults.NoContent()
            : CreatedResults.Uris([.. members.Order(StringComparer.Ordinal).Select(m => GroupKind.Group.MemberUri(label, m))], GroupKind.Group.MembersUri(label));
    }

    private static async Task<Outcome<Group>> FindAsync(string rawLabel, HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        if (GroupRoutes.InvalidName(GroupKind.Group, rawLabel, out var label) is { } invalid)
        {
            return invalid;
        }

        var partition = GroupListFilterParser.ParseMemberPartition(request.Query.ToParameters());
        return partition.Problem is { } badQuery ? badQuery : await queries.FindGroupAsync(label, partition.Value!, cancellationToken);
    }
}
