using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Mockups;
using SysMgmt.RedfishEmulator.Rendering;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>
/// PATCH of a resource: the changes persist on this BMC (the shared mockup is untouched). Boot override values are
/// checked against the allowable values the resource lists.
/// </summary>
internal static class PatchEndpoint
{
    private static readonly Dictionary<string, string[]> s_bootSchemaValues = new(StringComparer.Ordinal)
    {
        ["BootSourceOverrideEnabled"] = ["Disabled", "Once", "Continuous"],
        ["BootSourceOverrideMode"] = ["Legacy", "UEFI"],
    };

    public static async Task PatchAsync(BmcRequest request, MockupResource resource)
    {
        if (resource.IsCollection)
        {
            await RedfishResponses.MethodNotAllowedAsync(request);
            return;
        }

        var changes = await JsonBodies.ReadObjectAsync(request);
        if (changes is null)
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "MalformedJSON", "The request body must be a JSON object.");
            return;
        }

        if (changes["Boot"] is JsonObject boot && InvalidBootValue(resource, boot) is { } problem)
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "PropertyValueNotInList", problem);
            return;
        }

        request.Bmc.State.Merge(resource.Path, changes);
        await RedfishResponses.JsonAsync(request, StatusCodes.Status200OK, ResourceRenderer.Render(request.Bmc, resource, CollectionView.Whole));
    }

    private static string? InvalidBootValue(MockupResource resource, JsonObject boot)
    {
        var mockupBoot = resource.Body.TryGetProperty("Boot", out var b) ? b : default;
        foreach (var (name, node) in boot)
        {
            var allowed = AllowableValues.Of(mockupBoot, name) ?? s_bootSchemaValues.GetValueOrDefault(name);
            if (allowed is null)
            {
                continue;
            }

            var value = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString();
            if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
            {
                return $"The value '{value}' for the property Boot/{name} is not in the list of acceptable values: {string.Join(", ", allowed)}.";
            }
        }

        return null;
    }
}
