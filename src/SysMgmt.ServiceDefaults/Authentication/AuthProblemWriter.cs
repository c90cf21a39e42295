using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Writes the RFC 7807 body of a 401 or 403. Goes through <see cref="IProblemDetailsService"/> when the service has
/// one (so ServiceDefaults' shaping applies), and writes the same JSON itself when not, or when the client's
/// Accept header keeps the service from writing. A gRPC call gets a gRPC status instead (Unauthenticated for 401,
/// PermissionDenied for 403) with the same message, since gRPC clients read trailers, not bodies.
/// </summary>
internal static class AuthProblemWriter
{
    private const string ProblemJson = "application/problem+json";
    private const string GrpcContentType = "application/grpc";

    // grpc.StatusCode values (gRPC's status codes are part of its wire protocol).
    private const int GrpcUnauthenticated = 16;
    private const int GrpcPermissionDenied = 7;

    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        if (context.Request.ContentType?.StartsWith(GrpcContentType, StringComparison.OrdinalIgnoreCase) == true)
        {
            WriteGrpcStatus(context, status, detail);
            return;
        }

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

    /// <summary>A trailers-only gRPC response: HTTP 200 with grpc-status and grpc-message in the headers.</summary>
    private static void WriteGrpcStatus(HttpContext context, int status, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GrpcContentType;
        context.Response.Headers["grpc-status"] = (status == StatusCodes.Status401Unauthorized ? GrpcUnauthenticated : GrpcPermissionDenied)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(detail);
    }
}
