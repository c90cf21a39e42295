using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SysMgmt.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// RFC 7807 bodies shaped like the anchors' (<c>{"type":"about:blank","title":"Not Found","detail":…,"status":404}</c>)
    /// for every error: typed results, status-code-only responses and exceptions alike.
    /// </summary>
    public static TBuilder AddSysMgmtProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Status = status;
            problem.Type = "about:blank";
            problem.Title = ReasonPhrases.GetReasonPhrase(status);
            problem.Detail ??= DefaultDetail(context.HttpContext, status);
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();
        return builder;
    }

    /// <summary>Routing answers 404 and 405 without a detail; say what was wrong.</summary>
    private static string? DefaultDetail(HttpContext context, int status) => status switch
    {
        StatusCodes.Status404NotFound => $"no such resource: {context.Request.Path}",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed here; allow {context.Response.Headers.Allow}",
        _ => null,
    };

    public static WebApplication UseSysMgmtProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
