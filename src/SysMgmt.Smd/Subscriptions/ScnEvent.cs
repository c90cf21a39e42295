using System.Text.Json;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Changes;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// One notification about one component: its place in the feed and what it reports. Components that report the
/// same (<see cref="Report"/>) in a row are sent together.
/// </summary>
internal sealed record ScnEvent(ScnCursor Position, string ComponentId, ScnReport Report)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// The notifications a component change gives: a new component reports its State (with Flag); an update
    /// reports State (with Flag), Role (with SubRole), SoftwareStatus and Enabled, each when it changed, in that
    /// order. A Flag alone, a NID or a deletion reports nothing, as in the anchors.
    /// </summary>
    public static IEnumerable<ScnEvent> From(Change change)
    {
        if (change.Kind != ChangeKinds.Component || change.Data is not { } data || change.Operation == ChangeOperations.Deleted)
        {
            yield break;
        }

        var created = change.Operation == ChangeOperations.Created;
        bool Changed(params string[] fields) => fields.Any(f => change.Fields?.Contains(f) == true);
        var component = data.Deserialize<Component>(s_json)!;
        if ((created || Changed("State")) && !string.IsNullOrEmpty(component.State))
        {
            yield return Event(ScnTrigger.State, new(State: component.State, Flag: component.Flag));
        }

        if (Changed("Role", "SubRole"))
        {
            yield return Event(ScnTrigger.Role, new(Role: component.Role, SubRole: component.SubRole));
        }

        if (Changed("SoftwareStatus"))
        {
            yield return Event(ScnTrigger.SoftwareStatus, new(SoftwareStatus: component.SoftwareStatus ?? ""));
        }

        if (Changed("Enabled"))
        {
            yield return Event(ScnTrigger.Enabled, new(Enabled: component.Enabled ?? true));
        }

        ScnEvent Event(ScnTrigger trigger, ScnReport report) => new(new ScnCursor(change.Sequence, trigger), change.ID, report);
    }

    /// <summary>Whether a subscription with these triggers wants this notification.</summary>
    public bool Concerns(ScnTriggers triggers) => Position.Trigger switch
    {
        ScnTrigger.State => Contains(triggers.States, Report.State),
        ScnTrigger.Role => Contains(triggers.Roles, Report.Role) || Contains(triggers.SubRoles, Report.SubRole),
        ScnTrigger.SoftwareStatus => Contains(triggers.SoftwareStatus, Report.SoftwareStatus),
        _ => triggers.Enabled == true,
    };

    private static bool Contains(IReadOnlyList<string> wanted, string? value) =>
        value is not null && wanted.Any(w => string.Equals(w, value, StringComparison.OrdinalIgnoreCase));
}
