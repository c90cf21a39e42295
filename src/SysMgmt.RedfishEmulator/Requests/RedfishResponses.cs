using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Rendering;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>
/// Writes responses, applying the BMC's body faults: malformed JSON (half the body, as a complete response) and
/// truncated bodies (the full length promised, half sent, the connection dropped).
/// </summary>
internal static class RedfishResponses
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static async Task JsonAsync(BmcRequest request, int status, byte[] body)
    {
        var response = request.Http.Response;
        var faults = request.Bmc.Faults;
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        response.Headers["OData-Version"] = "4.0";
        if (faults.TruncatedBodies && body.Length > 1)
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), request.Aborted);
            await response.Body.FlushAsync(request.Aborted);
            request.Http.Abort();
            return;
        }

        var sent = faults.MalformedJson && body.Length > 1 ? body.AsMemory(0, body.Length / 2) : body;
        response.ContentLength = sent.Length;
        await response.Body.WriteAsync(sent, request.Aborted);
    }

    public static Task JsonAsync(BmcRequest request, int status, JsonNode body) =>
        JsonAsync(request, status, ResourceRenderer.Render(body));

    public static Task NoContentAsync(BmcRequest request)
    {
        request.Http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>A Redfish error (<c>{"error": {"code", "message", "@Message.ExtendedInfo"}}</c>).</summary>
    public static Task ErrorAsync(BmcRequest request, int status, string messageId, string message)
    {
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = $"Base.1.8.{messageId}",
                ["message"] = message,
                ["@Message.ExtendedInfo"] = new JsonArray(new JsonObject
                {
                    ["MessageId"] = $"Base.1.8.{messageId}",
                    ["Message"] = message,
                    ["Severity"] = status >= 500 ? "Critical" : "Warning",
                }),
            },
        };
        return JsonAsync(request, status, ResourceRenderer.Render(body));
    }

    public static Task NotFoundAsync(BmcRequest request) =>
        ErrorAsync(request, StatusCodes.Status404NotFound, "ResourceMissingAtURI", $"The resource at the URI '{request.Path}' was not found.");

    public static Task MethodNotAllowedAsync(BmcRequest request) =>
        ErrorAsync(request, StatusCodes.Status405MethodNotAllowed, "OperationNotAllowed",
            $"{request.Http.Request.Method} is not allowed on '{request.Path}'.");
}
