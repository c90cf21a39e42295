using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootScript;

/// <summary><c>GET /boot/v1/bootscript</c>: public, as nodes ask without credentials. Scripts are <c>text/plain</c>.</summary>
internal static class BootScriptApi
{
    public static IEndpointRouteBuilder MapBootScriptApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(BootScriptSettings.ScriptPath, GetBootScript).WithTags("BootScript").AllowAnonymous();
        return app;
    }

    private static Results<BootScriptResult, ProblemHttpResult> GetBootScript(HttpRequest request, BootScriptService scripts, TimeProvider time)
    {
        var query = BootScriptQuery.Parse(request.Query, time.GetUtcNow().ToUnixTimeSeconds());
        if (query.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        var answer = scripts.Answer(query.Value!);
        return answer.Problem is { } problem
            ? problem.ToResult()
            : new BootScriptResult(answer.Value);
    }
}
