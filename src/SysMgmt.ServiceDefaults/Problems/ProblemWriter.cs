using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SysMgmt.ServiceDefaults.Problems;

/// <summary>Writes a problem response from an exception handler.</summary>
internal static class ProblemWriter
{
    public static ValueTask<bool> WriteAsync(HttpContext context, IProblemDetailsService problems, Exception exception, int status, string detail)
    {
        context.Response.StatusCode = status;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
