using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SysMgmt.ServiceDefaults.Results;

public static class ProblemResults
{
    /// <summary>The typed result for an expected failure; the shared ProblemDetails setup fills type and title.</summary>
    public static ProblemHttpResult ToResult(this Problem problem) =>
        TypedResults.Problem(detail: problem.Detail, statusCode: problem.Status);
}
