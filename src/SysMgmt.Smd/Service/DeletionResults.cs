using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Service;

/// <summary>The anchors' answers to DELETE, shared by every resource.</summary>
internal static class DeletionResults
{
    /// <summary><c>200 {"code":0,"message":"deleted 1 entry"}</c>, or 404 <paramref name="notFound"/>.</summary>
    public static Results<Ok<StatusMessage>, ProblemHttpResult> One(int deleted, string notFound = "no such xname.") =>
        deleted > 0 ? TypedResults.Ok(StatusMessage.Of("deleted 1 entry")) : Problem.NotFound(notFound).ToResult();

    /// <summary>A by-xname DELETE: <see cref="One"/> of what <paramref name="delete"/> deleted, or the 400 for a path that is not an xname.</summary>
    public static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> OneAsync(string xname, Func<Xname, Task<int>> delete) =>
        PathXnames.Parse(xname, out var id) is { } invalid ? invalid.ToResult() : One(await delete(id));

    /// <summary><c>200 {"code":0,"message":"deleted N entries"}</c>, or 404 <c>no entries to delete</c> (CT tests expect it).</summary>
    public static Results<Ok<StatusMessage>, ProblemHttpResult> All(int deleted) =>
        deleted > 0 ? TypedResults.Ok(StatusMessage.Of($"deleted {deleted} entries")) : Problem.NotFound("no entries to delete").ToResult();
}
