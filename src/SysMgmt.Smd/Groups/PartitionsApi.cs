using Microsoft.AspNetCore.Http.HttpResults;
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
        var partitions = app.MapGroup(GroupKind.Partition.BasePath).WithTags("Partitions").WithMetadata(GroupKind.Partition);
        partitions.MapGet("", ListPartitions).WithSummary("List partitions with their members").WithQueryFilters("partition", "tag");
        partitions.MapPost("", CreatePartition).WithSummary("Create a partition");
        partitions.MapGet("/names", GroupRoutes.Names).WithSummary("List the names of all partitions");
        partitions.MapGet("/{name}", GetPartition).WithSummary("Get one partition with its members");
        partitions.MapGet("/{name}/members", ListMembers).WithSummary("List the members of a partition");
        partitions.MapChangeRoutes(GroupKind.Partition);
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

    private static async Task<Results<Ok<Partition>, ProblemHttpResult>> GetPartition(
        string name, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var partition = await FindAsync(name, queries, cancellationToken);
        return partition.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(partition.Value!);
    }

    private static async Task<Results<Ok<Members>, ProblemHttpResult>> ListMembers(
        string name, GroupQueryService queries, CancellationToken cancellationToken)
    {
        var partition = await FindAsync(name, queries, cancellationToken);
        return partition.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(partition.Value!.Members!);
    }

    private static async Task<Outcome<Partition>> FindAsync(string rawName, GroupQueryService queries, CancellationToken cancellationToken) =>
        GroupRoutes.InvalidName(GroupKind.Partition, rawName, out var name) is { } invalid
            ? invalid
            : await queries.FindPartitionAsync(name, cancellationToken);
}
