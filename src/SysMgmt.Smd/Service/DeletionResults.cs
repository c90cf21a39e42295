using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Service;

/// <summary>The anchors' answers to DELETE, shared by every resource.</summary>
internal static class DeletionResults
{
    /// <summary><c>200 {"code":0,"message":"deleted 1 entry"}</c>, or 404 <paramref name="notFound"/>.</summary>
    public static Results<Ok<StatusMessage>, ProblemHttpResult> One(int deleted, string notFound = "no such xname.") =>
        deleted > 0 ? TypedResults.Ok(StatusMessage.Of("deleted 1 entry")) : Problem.NotFound(notFound).ToResult();

    /// <summary><c>200 {"code":0,"message":"deleted N entries"}</c>, or 404 <c>no entries to delete</c> (CT tests expect it).</summary>
    public static Results<Ok<StatusMessage>, ProblemHttpResult> All(int deleted) =>
        deleted > 0 ? TypedResults.Ok(StatusMessage.Of($"deleted {deleted} entries")) : Problem.NotFound("no entries to delete").ToResult();
}
