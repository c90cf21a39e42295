using SysMgmt.Core.Hms;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Components;

/// <summary>Reads the change a PATCH body asks for, with the anchors' messages for missing fields.</summary>
internal sealed class ComponentChangeParser(HmsVocabulary hms)
{
    public Outcome<ComponentChange> Parse(ComponentChangeKind kind, ComponentPatchRequest body) => kind switch
    {
        ComponentChangeKind.StateData => StateData(body),
        ComponentChangeKind.FlagOnly => Normalize(hms.Flag, body.Flag, required: true, out var flag) ?? (Outcome<ComponentChange>)new ComponentChange.FlagOnly(flag!),
        ComponentChangeKind.Enabled => body.Enabled is { } enabled ? new ComponentChange.Enabled(enabled) : Problem.BadRequest("Missing Enabled field"),
        ComponentChangeKind.SoftwareStatus => body.SoftwareStatus is { } status
            ? new ComponentChange.SoftwareStatus(status.Length == 0 ? null : status)
            : Problem.BadRequest("Missing SoftwareStatus"),
        ComponentChangeKind.Role => Role(body),
        ComponentChangeKind.NID => body.NID is { } nid ? new ComponentChange.Nid(nid < 0 ? null : nid) : Problem.BadRequest("Missing NID"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private Outcome<ComponentChange> StateData(ComponentPatchRequest body)
    {
        if (Normalize(hms.State, body.State, required: true, out var state) is { } badState)
        {
            return badState;
        }

        // The anchors turn an invalid Flag into OK silently; a typo deserves a 400 instead.
        if (Normalize(hms.Flag, body.Flag, required: false, out var flag) is { } badFlag)
        {
            return badFlag;
        }

        if (!body.Force && StateTransitions.RequiresForce(state!))
        {
            return Problem.BadRequest($"{StateTransitions.NeedForceMessage} State {state} requires Force.");
        }

        // Patching the state without a Flag resets it to OK, as in the anchors.
        return new ComponentChange.StateData(state!, flag ?? "OK", body.Force);
    }

    private Outcome<ComponentChange> Role(ComponentPatchRequest body)
    {
        if (Normalize(hms.Role, body.Role, required: true, out var role) is { } badRole)
        {
            return badRole;
        }

        return Normalize(hms.SubRole, body.SubRole, required: false, out var subRole) is { } badSubRole
            ? badSubRole
            : new ComponentChange.Role(role!, subRole);
    }

    /// <summary>The canonical spelling of an enum field, or the problem with it.</summary>
    private static Problem? Normalize(HmsEnum values, string? raw, bool required, out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return required ? Problem.BadRequest($"Missing {values.Name}") : null;
        }

        return values.TryNormalize(raw.Trim(), out canonical) ? null : Problem.BadRequest($"'{raw}' is not a valid HMS {values.Name}");
    }
}
