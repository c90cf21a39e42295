using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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
        var groups = app.MapGroup(GroupKind.Group.BasePath).WithTags("Groups");
        groups.MapGet("", ListGroups).WithSummary("List groups with their members")
            .WithQueryFilters("group", "tag").WithQueryParameter("partition", PartitionFilter);
        groups.MapPost("", CreateGroup).WithSummary("Create a group");
        groups.MapGet("/labels", ListLabels).WithSummary("List the labels of all groups");
        groups.MapGet("/{group_label}", GetGroup).WithSummary("Get one group with its members").WithQueryParameter("partition", PartitionFilter);
        groups.MapPatch("/{group_label}", PatchGroup).WithSummary("Change the description or tags of a group");
        groups.MapDelete("/{group_label}", DeleteGroup).WithSummary("Delete a group (its components stay)");
        groups.MapGet("/{group_label}/members", ListMembers).WithSummary("List the members of a group").WithQueryParameter("partition", PartitionFilter);
        groups.MapPost("/{group_label}/members", AddMember).WithSummary("Add a component to a group");
        groups.MapPut("/{group_label}/members", SetMembers).WithSummary("Replace the member list of a group (OpenCHAMI)");
        groups.MapDelete("/{group_label}/members/{xname_id}", RemoveMember).WithSummary("Remove a component from a group");
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

    private static Task<Ok<List<string>>> ListLabels(GroupQueryService queries, CancellationToken cancellationToken) =>
        GroupRoutes.Names(GroupKind.Group, queries, cancellationToken);

    private static async Task<Results<Ok<Group>, ProblemHttpResult>> GetGroup(
        [FromRoute(Name = "group_label")] string label, HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var group = await FindAsync(label, request, queries, cancellationToken);
        return group.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(group.Value!);
    }

    private static async Task<Results<Ok<Members>, ProblemHttpResult>> ListMembers(
        [FromRoute(Name = "group_label")] string label, HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var group = await FindAsync(label, request, queries, cancellationToken);
        return group.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(group.Value!.Members!);
    }

    private static Task<Results<NoContent, ProblemHttpResult>> PatchGroup(
        [FromRoute(Name = "group_label")] string label, JsonBody<GroupPatchRequest> body, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.Patch(GroupKind.Group, label, body.Value, writer, cancellationToken);

    private static Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteGroup(
        [FromRoute(Name = "group_label")] string label, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.Delete(GroupKind.Group, label, writer, cancellationToken);

    private static Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> AddMember(
        [FromRoute(Name = "group_label")] string label, JsonBody<MemberRequest> body, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.AddMember(GroupKind.Group, label, body.Value, writer, cancellationToken);

    private static Task<Results<Ok<StatusMessage>, ProblemHttpResult>> RemoveMember(
        [FromRoute(Name = "group_label")] string label, [FromRoute(Name = "xname_id")] string member, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.RemoveMember(GroupKind.Group, label, member, writer, cancellationToken);

    /// <summary>201 with a URI per member, as OpenCHAMI answers; 204 when the list is now empty.</summary>
    private static async Task<Results<Created<List<ResourceUri>>, NoContent, ProblemHttpResult>> SetMembers(
        [FromRoute(Name = "group_label")] string rawLabel, JsonBody<MemberListRequest> body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (GroupRoutes.InvalidName(GroupKind.Group, rawLabel, out var label) is { } invalid)
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
