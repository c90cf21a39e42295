using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>
/// POSTs to action targets. <c>ComputerSystem.Reset</c> changes <c>PowerState</c>; <c>UpdateService.SimpleUpdate</c>
/// starts a Task; any other action the resource lists is accepted and does nothing.
/// </summary>
internal static class ActionsEndpoint
{
    public static async Task InvokeAsync(BmcRequest request)
    {
        var ownerPath = request.Path[..request.Path.IndexOf(RedfishPaths.ActionsSegment, StringComparison.Ordinal)];
        if (!request.Bmc.Mockup.TryGetResource(ownerPath, out var owner) || FindAction(owner, request.Path) is not { } found)
        {
            await RedfishResponses.NotFoundAsync(request);
            return;
        }

        var (name, action) = found;

        var body = await JsonBodies.ReadObjectAsync(request);
        if (body is null)
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "MalformedJSON", "The request body must be a JSON object.");
            return;
        }

        await (name switch
        {
            "ComputerSystem.Reset" => ResetAsync(request, owner, action, body),
            "UpdateService.SimpleUpdate" => SimpleUpdateAsync(request, body),
            _ => RedfishResponses.NoContentAsync(request),
        });
    }

    /// <summary>The action of <paramref name="owner"/> whose target is <paramref name="target"/>, e.g. <c>ComputerSystem.Reset</c>.</summary>
    private static (string Name, JsonElement Action)? FindAction(MockupResource owner, string target)
    {
        if (!owner.Body.TryGetProperty("Actions", out var actions) || actions.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var action in actions.EnumerateObject())
        {
            if (action.Value.ValueKind == JsonValueKind.Object && action.Value.TryGetProperty("target", out var t) && t.ValueEquals(target))
            {
                return (action.Name.TrimStart('#'), action.Value);
            }
        }

        return null;
    }

    private static async Task ResetAsync(BmcRequest request, MockupResource system, JsonElement action, JsonObject body)
    {
        var allowed = AllowableValues.OfActionParameter(request.Bmc.Mockup, action, "ResetType") ?? PowerStates.SchemaResetTypes;
        var resetType = JsonBodies.GetString(body["ResetType"]);
        if (resetType is null || !allowed.Contains(resetType, StringComparer.Ordinal))
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "ActionParameterValueNotInList",
                $"ResetType '{resetType}' is not one of: {string.Join(", ", allowed)}.");
            return;
        }

        var current = JsonBodies.GetString(request.Bmc.ExistingState?.Overlay(system.Path)?["PowerState"])
            ?? (system.Body.TryGetProperty("PowerState", out var state) ? state.GetString() : null)
            ?? PowerStates.Off;
        request.Bmc.State.Merge(system.Path, new JsonObject { ["PowerState"] = PowerStates.After(resetType, current) });
        await RedfishResponses.NoContentAsync(request);
    }

    private static async Task SimpleUpdateAsync(BmcRequest request, JsonObject body)
    {
        if (JsonBodies.GetString(body["ImageURI"]) is not { Length: > 0 } image)
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "ActionParameterMissing",
                "The action UpdateService.SimpleUpdate requires the parameter ImageURI.");
            return;
        }

        await TasksEndpoint.StartAsync(request, $"SimpleUpdate {image}");
    }
}
