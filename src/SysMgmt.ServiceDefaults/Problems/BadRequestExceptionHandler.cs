using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace SysMgmt.ServiceDefaults.Problems;

/// <summary>
/// Turns request-reading failures (bad JSON, wrong types, oversized bodies) into 4xx problems with a message
/// that names the offending field. The anchors answer some of these with a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
        exception is BadHttpRequestException badRequest
            ? ProblemWriter.WriteAsync(httpContext, problems, exception, badRequest.StatusCode, Describe(badRequest))
            : ValueTask.FromResult(false);

    private static string Describe(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "the request body is too large",
        _ => exception.Message,
    };
}
