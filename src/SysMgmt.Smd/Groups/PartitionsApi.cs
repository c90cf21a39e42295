using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.OpenApi;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Groups;

/// <summary><c>/hsm/v2/partitions</c>: named <c>p#</c> or <c>p#.#</c>; a component is in at most one.</summary>
internal static class PartitionsApi
{
    public static IEndpointRouteBuilder MapPartitionsApi(this IEndpointRouteBuilder app)
    {
        var partitions = app.MapGroup(GroupKind.Partition.BasePath).WithTags("Partitions");
        partitions.MapGet("", ListPartitions).WithSummary("List partitions with their members").WithQueryFilters("partition", "tag");
        partitions.MapPost("", CreatePartition).WithSummary("Create a partition");
        partitions.MapGet("/names", ListNames).WithSummary("List the names of all partitions");
        partitions.MapGet("/{partition_name}", GetPartition).WithSummary("Get one partition with its members");
        partitions.MapPatch("/{partition_name}", PatchPartition).WithSummary("Change the description or tags of a partition");
        partitions.MapDelete("/{partition_name}", DeletePartition).WithSummary("Delete a partition (its components stay)");
        partitions.MapGet("/{partition_name}/members", ListMembers).WithSummary("List the members of a partition");
        partitions.MapPost("/{partition_name}/members", AddMember).WithSummary("Add a component to a partition");
        partitions.MapDelete("/{partition_name}/members/{xname_id}", RemoveMember).WithSummary("Remove a component from a partition");
        return app;
    }

    private static async Task<Results<Ok<List<Partition>>, ProblemHttpResult>> ListPartitions(
        HttpRequest request, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var filter = GroupListFilterParser.ParsePartitions(request.Query.ToParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(await queries.ListPartitionsAsync(filter.Value!, cancellationToken));
    }

    private static Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> CreatePartition(
        JsonBody<Partition> body, GroupWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        return GroupRoutes.Create(GroupKind.Partition, GroupValidator.Validate(body.Value, errors), errors, writer, cancellationToken);
    }

    private static Task<Ok<List<string>>> ListNames(GroupQueryService queries, CancellationToken cancellationToken) =>
        GroupRoutes.Names(GroupKind.Partition, queries, cancellationToken);

    private static async Task<Results<Ok<Partition>, ProblemHttpResult>> GetPartition(
        [FromRoute(Name = "partition_name")] string name, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var partition = await FindAsync(name, queries, cancellationToken);
        return partition.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(partition.Value!);
    }

    private static async Task<Results<Ok<Members>, ProblemHttpResult>> ListMembers(
        [FromRoute(Name = "partition_name")] string name, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var partition = await FindAsync(name, queries, cancellationToken);
        return partition.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(partition.Value!.Members!);
    }

    private static Task<Results<NoContent, ProblemHttpResult>> PatchPartition(
        [FromRoute(Name = "partition_name")] string name, JsonBody<GroupPatchRequest> body, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.Patch(GroupKind.Partition, name, body.Value, writer, cancellationToken);

    private static Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeletePartition(
        [FromRoute(Name = "partition_name")] string name, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.Delete(GroupKind.Partition, name, writer, cancellationToken);

    private static Task<Results<Created<List<ResourceUri>>, ProblemHttpResult>> AddMember(
        [FromRoute(Name = "partition_name")] string name, JsonBody<MemberRequest> body, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.AddMember(GroupKind.Partition, name, body.Value, writer, cancellationToken);

    private static Task<Results<Ok<StatusMessage>, ProblemHttpResult>> RemoveMember(
        [FromRoute(Name = "partition_name")] string name, [FromRoute(Name = "xname_id")] string member, GroupWriteService writer, CancellationToken cancellationToken) =>
        GroupRoutes.RemoveMember(GroupKind.Partition, name, member, writer, cancellationToken);

    private static async Task<Outcome<Partition>> FindAsync(string rawName, GroupQueryService queries, CancellationToken cancellationToken) =>
        GroupRoutes.InvalidName(GroupKind.Partition, rawName, out var name) is { } invalid
            ? invalid
            : await queries.FindPartitionAsync(name, cancellationToken);
}
