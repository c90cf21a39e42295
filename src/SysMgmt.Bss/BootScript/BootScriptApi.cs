using System.Text;
using SysMgmt.ServiceDefaults.Logging;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// <c>GET /boot/v1/bootscript</c>: public, as nodes ask without credentials. Scripts are <c>text/plain</c>,
/// written straight from the rendering builder to the response: this is the route a boot storm hits.
/// </summary>
internal static class BootScriptApi
{
    private const string ScriptContentType = "text/plain; charset=UTF-8";
    private const string JsonContentType = "application/json; charset=UTF-8";

    public static IEndpointRouteBuilder MapBootScriptApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(BootScriptSettings.ScriptPath, GetBootScript).WithTags("BootScript").AllowAnonymous().WithQuietRequestLog().WithSummary("The iPXE boot script of a node, by MAC, name or NID (public: nodes ask without credentials)")
            .WithQueryParameter("mac", "MAC address of the booting interface")
            .WithQueryParameter("name", "node xname (or host name)")
            .WithQueryParameter("nid", "node ID number")
            .WithQueryParameter("arch", "architecture of an unknown node (x86_64, arm64), for the Unknown-<arch> parameters")
            .WithQueryParameter("retry", "how many times the node asked already")
            .WithQueryParameter("ts", "Unix time of the first request of this boot")
            .WithQueryParameter("json", "1: answer the kernel, initrd and parameters as JSON");
        return app;
    }

    private static Task GetBootScript(HttpContext context, BootScriptService scripts, TimeProvider time)
    {
        var query = BootScriptQuery.Parse(context.Request.Query, time.GetUtcNow().ToUnixTimeSeconds());
        var answer = query.Problem is { } invalid ? invalid : scripts.Answer(query.Value!);
        return answer.Problem is { } problem ? problem.ToResult().ExecuteAsync(context) : WriteAsync(context, answer.Value);
    }

    private static Task WriteAsync(HttpContext context, BootScriptAnswer answer)
    {
        var response = context.Response;
        response.ContentType = answer.IsJson ? JsonContentType : ScriptContentType;
        var length = 0L;
        foreach (var chunk in answer.Body.GetChunks())
        {
            length += Encoding.UTF8.GetByteCount(chunk.Span);
        }

        response.ContentLength = length;
        foreach (var chunk in answer.Body.GetChunks())
        {
            Encoding.UTF8.GetBytes(chunk.Span, response.BodyWriter);
        }

        // Copied out before anything awaits, so the builder goes back to this thread's cache.
        ScriptBuilders.Return(answer.Body);
        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }
}
