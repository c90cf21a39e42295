using System.Text.Json;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>
/// The values a property or action parameter accepts, from <c>Name@Redfish.AllowableValues</c> next to it or from
/// the action's <c>@Redfish.ActionInfo</c> resource. Null when the mockup does not say (anything is accepted).
/// </summary>
internal static class AllowableValues
{
    public static IReadOnlyList<string>? Of(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty($"{name}@Redfish.AllowableValues", out var values)
            ? Strings(values)
            : null;

    public static IReadOnlyList<string>? OfActionParameter(MockupTree mockup, JsonElement action, string parameter)
    {
        if (Of(action, parameter) is { } inline)
        {
            return inline;
        }

        if (!action.TryGetProperty("@Redfish.ActionInfo", out var infoLink) || infoLink.GetString() is not { } infoPath
            || !mockup.TryGetResource(infoPath, out var info)
            || !info.Body.TryGetProperty("Parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return parameters.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("Name", out var n) && n.ValueEquals(parameter))
            .Select(p => p.TryGetProperty("AllowableValues", out var v) ? Strings(v) : null)
            .FirstOrDefault();
    }

    private static List<string>? Strings(JsonElement values) =>
        values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : null;
}
