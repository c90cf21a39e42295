using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Groups;

/// <summary>The handlers groups and partitions share; <see cref="GroupsApi"/> and <see cref="PartitionsApi"/> map them.</summary>
internal static class GroupRoutes
{
    public static async Task<Ok<List<string>>> Names(GroupKind kind, GroupQueryService queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.NamesAsync(kind, cancellationToken));

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

    public static async Task<Results<NoContent, ProblemHttpResult>> Patch(
        GroupKind kind, string rawName, GroupPatchRequest body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var name = Name(kind, rawName, errors);
        var patch = GroupValidator.Validate(body, errors);
        if (errors.Count > 0)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var updated = await writer.UpdateAsync(kind, name!, patch!, cancellationToken);
        return updated.Problem is { } problem ? problem.ToResult() : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> Delete(
        GroupKind kind, string rawName, GroupWriteService writer, CancellationToken cancellationToken)
    {
        if (InvalidName(kind, rawName, out var name) is { } invalid)
        {
            return invalid.ToResult();
        }

        var deleted = await writer.DeleteAsync(kind, name, cancellationToken);
        return deleted.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(StatusMessage.Of("deleted 1 entry"));
    }

    public static async Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> AddMember(
        GroupKind kind, string rawName, MemberRequest body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var name = Name(kind, rawName, errors);
        var member = GroupValidator.Member(body.Id, errors);
        if (errors.Count > 0)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var added = await writer.AddMemberAsync(kind, name!, member!, cancellationToken);
        return added.Problem is { } problem
            ? problem.ToResult()
            : CreatedResults.Uris([kind.MemberUri(name!, member!)], kind.MembersUri(name!));
    }

    public static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> RemoveMember(
        GroupKind kind, string rawName, string rawMember, GroupWriteService writer, CancellationToken cancellationToken)
    {
        if (InvalidName(kind, rawName, out var name) is { } invalidName)
        {
            return invalidName.ToResult();
        }

        if (PathXnames.Parse(rawMember, out var member, "invalid xname ID: ") is { } invalidMember)
        {
            return invalidMember.ToResult();
        }

        var removed = await writer.RemoveMemberAsync(kind, name, member.Value, cancellationToken);
        return removed.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(StatusMessage.Of("deleted 1 entry"));
    }

    /// <summary>Null when <paramref name="rawName"/> is a valid name (then in <paramref name="name"/>, normalised); else the 400.</summary>
    public static Problem? InvalidName(GroupKind kind, string rawName, out string name)
    {
        var errors = new List<string>();
        name = Name(kind, rawName, errors) ?? "";
        return errors.Count == 0 ? null : Problem.BadRequest(errors[0]);
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
