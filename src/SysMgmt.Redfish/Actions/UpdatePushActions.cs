using System.Net.Http.Headers;
using System.Text.Json;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Actions;

/// <summary>
/// Firmware pushed to the BMC rather than fetched by it: what OpenBMC offers instead of SimpleUpdate
/// (magellan #71, #91). <c>HttpPushUri</c> takes the image as the whole body; <c>MultipartHttpPushUri</c> takes a
/// form with <c>UpdateParameters</c> (JSON, with the Targets) and <c>UpdateFile</c>.
/// </summary>
public static class UpdatePushActions
{
    /// <summary>
    /// Uploads <paramref name="image"/>: as a multipart form when Targets are given (only the form can carry
    /// them) or when the BMC has no HttpPushUri, else as the body of a POST to HttpPushUri.
    /// </summary>
    public static async Task<PushedImage> PushUpdateAsync(
        this RedfishClient client, UpdateService service, UpdateImage image, IReadOnlyList<string>? targets, CancellationToken cancellationToken)
    {
        var multipart = service.MultipartHttpPushUri is { Length: > 0 } && (targets is { Count: > 0 } || service.HttpPushUri is not { Length: > 0 });
        if (!multipart && targets is { Count: > 0 })
        {
            throw new RedfishException(RedfishErrorKind.Unsupported,
                $"{client.BaseUri} takes pushed images only at HttpPushUri, which carries no Targets; leave --targets out");
        }

        var pushUri = (multipart ? service.MultipartHttpPushUri : service.HttpPushUri)
            ?? throw new RedfishException(RedfishErrorKind.Unsupported, $"{client.BaseUri} has neither HttpPushUri nor MultipartHttpPushUri to push an image to");
        var response = await client.SendContentAsync(HttpMethod.Post, pushUri, () => multipart ? Form(image, targets) : Body(image), cancellationToken);
        return new PushedImage(pushUri, multipart, RedfishActions.TaskUriOf(response));
    }

    private static StreamContent Body(UpdateImage image)
    {
        var content = new StreamContent(image.Open());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private static MultipartFormDataContent Form(UpdateImage image, IReadOnlyList<string>? targets)
    {
        var parameters = new UpdateParameters { Targets = targets is { Count: > 0 } ? targets : null };
        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(parameters, RedfishJsonContext.Default.UpdateParameters));
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new MultipartFormDataContent
        {
            { json, "UpdateParameters" },
            { Body(image), "UpdateFile", image.FileName },
        };
    }
}
