using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Groups;

/// <summary>
/// The routes groups and partitions share, for <see cref="GroupsApi"/> and <see cref="PartitionsApi"/>: each handler's
/// <see cref="GroupKind"/> comes from its route group's metadata.
/// </summary>
internal static class GroupRoutes
{
    /// <summary>Maps the changes both kinds take the same way: PATCH and DELETE of one, adding and removing a member.</summary>
    public static RouteGroupBuilder MapChangeRoutes(this RouteGroupBuilder routes, GroupKind kind)
    {
        routes.MapPatch("/{name}", Patch).WithSummary($"Change the description or tags of a {kind.Noun}");
        routes.MapDelete("/{name}", Delete).WithSummary($"Delete a {kind.Noun} (its components stay)");
        routes.MapPost("/{name}/members", AddMember).WithSummary($"Add a component to a {kind.Noun}");
        routes.MapDelete("/{name}/members/{xname}", RemoveMember).WithSummary($"Remove a component from a {kind.Noun}");
        return routes;
    }

    /// <summary>The labels of all groups, or the names of all partitions.</summary>
    public static async Task<Ok<List<string>>> Names(GroupKind kind, GroupQueryService queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.NamesAsync(kind, cancellationToken));

    /// <summary>Stores a validated group or partition: 201 with its URI, or the 400 that lists <paramref name="errors"/>.</summary>
    public static async Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> Create(
        GroupKind kind, NewGroup? group, List<string> errors, GroupWriteService writer, CancellationToken cancellationToken)
    {
        if (group is null)
        {
            return GroupProblems.Invalid(kind, errors).ToResult();
        }

        var created = await writer.CreateAsync(group, cancellationToken);
        return created.Problem is { } problem ? problem.ToResult() : CreatedResults.Uris([kind.Uri(created.Value!)], kind.BasePath);
    }

    /// <summary>Null when <paramref name="rawName"/> is a valid name (then in <paramref name="name"/>, normalised); else the 400.</summary>
    public static Problem? InvalidName(GroupKind kind, string rawName, out string name)
    {
        var errors = new List<string>();
        name = Name(kind, rawName, errors) ?? "";
        return errors.Count == 0 ? null : Problem.BadRequest(errors[0]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Patch(
        GroupKind kind, string name, JsonBody<GroupPatchRequest> body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var normalized = Name(kind, name, errors);
        var patch = GroupValidator.Validate(body.Value, errors);
        if (errors.Count > 0)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var updated = await writer.UpdateAsync(kind, normalized!, patch!, cancellationToken);
        return updated.Problem is { } problem ? problem.ToResult() : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> Delete(
        GroupKind kind, string name, GroupWriteService writer, CancellationToken cancellationToken)
    {
        if (InvalidName(kind, name, out var normalized) is { } invalid)
        {
            return invalid.ToResult();
        }

        var deleted = await writer.DeleteAsync(kind, normalized, cancellationToken);
        return deleted.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(StatusMessage.Of("deleted 1 entry"));
    }

    private static async Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> AddMember(
        GroupKind kind, string name, JsonBody<MemberRequest> body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var normalized = Name(kind, name, errors);
        var member = GroupValidator.Member(body.Value.Id, errors);
        if (errors.Count > 0)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var added = await writer.AddMemberAsync(kind, normalized!, member!, cancellationToken);
        return added.Problem is { } problem
            ? problem.ToResult()
            : CreatedResults.Uris([kind.MemberUri(normalized!, member!)], kind.MembersUri(normalized!));
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> RemoveMember(
        GroupKind kind, string name, string xname, GroupWriteService writer, CancellationToken cancellationToken)
    {
        if (InvalidName(kind, name, out var normalized) is { } invalidName)
        {
            return invalidName.ToResult();
        }

        if (PathXnames.Parse(xname, out var member, "invalid xname ID: ") is { } invalidMember)
        {
            return invalidMember.ToResult();
        }

        var removed = await writer.RemoveMemberAsync(kind, normalized, member.Value, cancellationToken);
        return removed.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(StatusMessage.Of("deleted 1 entry"));
    }

    private static string? Name(GroupKind kind, string rawName, List<string> errors)
    {
        var (name, error) = kind.ParseName(rawName);
        if (error is not null)
        {
            errors.Add(error);
        }

        return name;
    }
}
