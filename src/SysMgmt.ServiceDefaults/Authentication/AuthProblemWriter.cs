using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Writes the RFC 7807 body of a 401 or 403. Goes through <see cref="IProblemDetailsService"/> when the service has
/// one (so ServiceDefaults' shaping applies), and writes the same JSON itself when not, or when the client's
/// Accept header keeps the service from writing.
/// </summary>
internal static class AuthProblemWriter
{
    private const string ProblemJson = "application/problem+json";

    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        if (context.Response.HasStarted)
        {
            return;
        }

        var problem = new ProblemDetails
        {
            Type = "about:blank",
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
        };

        var service = context.RequestServices.GetService<IProblemDetailsService>();
        if (service is not null && await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            return;
        }

        // ProblemDetails carries [JsonPropertyName] attributes, so the keys are "type", "title", "status", "detail".
        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: ProblemJson, context.RequestAborted);
    }
}
