using System.Text.Json;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>
/// Firmware pushed to the URIs the mockup's UpdateService names (<c>HttpPushUri</c>, <c>MultipartHttpPushUri</c>;
/// OpenBMC's <c>/redfish/v1/UpdateService/update</c>): the image as the whole body, or a multipart form with an
/// <c>UpdateFile</c> part and optional <c>UpdateParameters</c> JSON. Either starts a Task, as SimpleUpdate does.
/// </summary>
internal static class UpdatePushEndpoint
{
    private static readonly string[] s_pushProperties = ["HttpPushUri", "MultipartHttpPushUri"];

    /// <summary>True when <paramref name="path"/> is a push URI of the BMC's UpdateService.</summary>
    public static bool IsPushUri(MockupTree mockup, string path)
    {
        if (!mockup.TryGetResource(MockupTree.RootPath, out var root)
            || !root.Body.TryGetProperty("UpdateService", out var link) || link.ValueKind != JsonValueKind.Object
            || !link.TryGetProperty("@odata.id", out var id) || id.GetString() is not { } servicePath
            || !mockup.TryGetResource(RedfishPaths.Normalize(servicePath), out var service))
        {
            return false;
        }

        return s_pushProperties.Any(name => service.Body.TryGetProperty(name, out var uri)
            && uri.ValueKind == JsonValueKind.String && RedfishPaths.Normalize(uri.GetString()) == path);
    }

    public static async Task PushAsync(BmcRequest request)
    {
        var http = request.Http.Request;
        var (size, problem) = http.HasFormContentType ? await ReadFormAsync(request) : (await CountBytesAsync(http.Body, request.Aborted), null);
        if (problem is null && size == 0)
        {
            problem = "The request carries no image.";
        }

        if (problem is not null)
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "ActionParameterMissing", problem);
            return;
        }

        await TasksEndpoint.StartAsync(request, $"Firmware push ({size} bytes)");
    }

    private static async Task<(long Size, string? Problem)> ReadFormAsync(BmcRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.Http.Request.ReadFormAsync(request.Aborted);
        }
        catch (InvalidDataException)
        {
            return (0, "The multipart form is malformed.");
        }

        if (form["UpdateParameters"] is { Count: > 0 } parameters && !IsJsonObject(parameters.ToString()))
        {
            return (0, "The UpdateParameters part is not a JSON object.");
        }

        return form.Files.GetFile("UpdateFile") is { } file
            ? (file.Length, null)
            : (0, "The multipart form has no UpdateFile part.");
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<long> CountBytesAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }
}
