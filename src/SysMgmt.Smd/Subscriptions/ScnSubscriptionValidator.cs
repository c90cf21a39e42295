using SysMgmt.Core.Hms;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// Checks subscription bodies as the anchors do (a subscriber, a URL, one trigger at least, known states, roles and
/// subroles, no empty software status) and normalises their spelling; the URL must also be an absolute http or
/// https URL, since SMD will POST to it.
/// </summary>
internal sealed class ScnSubscriptionValidator(HmsVocabulary hms)
{
    private const string MissingTrigger =
        "Missing trigger. Must subscribe to at least one Enabled, Role, SubRole, SoftwareStatus, or State trigger.";

    public Outcome<ValidScnSubscription> Validate(ScnSubscriptionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Subscriber))
        {
            return Problem.BadRequest("Missing name of subscriber");
        }

        if (string.IsNullOrWhiteSpace(request.Url))
        {
            return Problem.BadRequest("Missing url");
        }

        var url = request.Url.Trim();
        if (!IsDeliverable(url))
        {
            return Problem.BadRequest($"Url '{url}' is not an absolute http or https URL");
        }

        var triggers = Triggers(request.Enabled, request.Roles, request.SubRoles, request.SoftwareStatus, request.States);
        if (triggers.Problem is { } invalid)
        {
            return invalid;
        }

        return triggers.Value!.IsEmpty ? Problem.BadRequest(MissingTrigger) : new ValidScnSubscription(request.Subscriber.Trim(), url, triggers.Value);
    }

    public Outcome<ValidScnPatch> Validate(ScnSubscriptionPatchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Op))
        {
            return Problem.BadRequest("Missing Patch Op");
        }

        ScnPatchOperation? operation = request.Op.Trim().ToLowerInvariant() switch
        {
            "add" => ScnPatchOperation.Add,
            "remove" => ScnPatchOperation.Remove,
            "replace" => ScnPatchOperation.Replace,
            _ => null,
        };
        if (operation is null)
        {
            return Problem.BadRequest($"Invalid Patch Op - {request.Op} (expected add, remove or replace)");
        }

        var triggers = Triggers(request.Enabled, request.Roles, request.SubRoles, request.SoftwareStatus, request.States);
        if (triggers.Problem is { } invalid)
        {
            return invalid;
        }

        return triggers.Value!.IsEmpty ? Problem.BadRequest(MissingTrigger) : new ValidScnPatch(operation.Value, triggers.Value);
    }

    /// <summary>An absolute http(s) URL with a host: anything else SMD could not, or should not, POST to.</summary>
    public static bool IsDeliverable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private Outcome<ScnTriggers> Triggers(
        bool? enabled, IReadOnlyList<string>? roles, IReadOnlyList<string>? subRoles, IReadOnlyList<string>? softwareStatus, IReadOnlyList<string>? states)
    {
        var validRoles = Normalize(roles, hms.Role, "role");
        if (validRoles.Problem is { } badRole)
        {
            return badRole;
        }

        var validSubRoles = Normalize(subRoles, hms.SubRole, "subRole");
        if (validSubRoles.Problem is { } badSubRole)
        {
            return badSubRole;
        }

        var validStates = Normalize(states, hms.State, "state");
        if (validStates.Problem is { } badState)
        {
            return badState;
        }

        if (softwareStatus?.Any(string.IsNullOrWhiteSpace) == true)
        {
            return Problem.BadRequest("SoftwareStatus can not be an empty string");
        }

        return new ScnTriggers(enabled, validRoles.Value!, validSubRoles.Value!, [.. (softwareStatus ?? []).Select(s => s.Trim()).Distinct()], validStates.Value!);
    }

    private static Outcome<IReadOnlyList<string>> Normalize(IReadOnlyList<string>? values, HmsEnum allowed, string name)
    {
        var normalized = new List<string>();
        foreach (var value in values ?? [])
        {
            if (!allowed.TryNormalize(value, out var canonical))
            {
                return Problem.BadRequest($"Invalid {name} '{value}'; expected one of {string.Join(", ", allowed.Values)}");
            }

            if (!normalized.Contains(canonical))
            {
                normalized.Add(canonical);
            }
        }

        return normalized;
    }
}
