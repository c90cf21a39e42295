namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Writes a boot script (or its JSON form) straight to the response, without the content-type parsing a generic
/// text result does on every request: this is the route a boot storm hits.
/// </summary>
internal sealed class BootScriptResult(BootScriptAnswer answer) : IResult
{
    private const string ScriptContentType = "text/plain; charset=UTF-8";
    private const string JsonContentType = "application/json; charset=UTF-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = answer.IsJson ? JsonContentType : ScriptContentType;
        return httpContext.Response.WriteAsync(answer.Body, httpContext.RequestAborted);
    }
}
