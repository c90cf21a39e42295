using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// Validates lock and reservation requests. Every invalid value is a 400 that names it; nothing is half-applied
/// because nothing runs before the whole request is valid.
/// </summary>
internal sealed class LockRequestParser(ComponentFilterParser components)
{
    public const int MinimumMinutes = 1;
    public const int MaximumMinutes = 15;

    /// <summary>
    /// The components a body selects. With <paramref name="requireSelector"/>, a body that names no component and no
    /// filter is refused: it would lock, disable or reserve every component (the anchors do exactly that).
    /// </summary>
    public Outcome<LockSelection> ParseSelection(LockFilterRequest body, bool requireSelector)
    {
        var parameters = body.ToFilterParameters();
        if (requireSelector && parameters.Count == 0 && body.Reserved is not { Count: > 0 })
        {
            return Problem.BadRequest("the request selects no components: give ComponentIDs or a filter (Type, State, Group, …)");
        }

        var model = ParseModel(body.ProcessingModel);
        return model.Problem ?? Select(parameters, body.Reserved ?? [], model.Value);
    }

    /// <summary>The query of <c>GET /locks/status</c>: type, state, role, subrole, locked, reserved, reservationDisabled.</summary>
    public Outcome<LockSelection> ParseStatusQuery(IReadOnlyDictionary<string, IReadOnlyList<string>> query)
    {
        var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, filter) in (ReadOnlySpan<(string, string)>)
                 [("type", "type"), ("state", "state"), ("role", "role"), ("subrole", "subrole"), ("locked", "locked"), ("reservationDisabled", "reservation_disabled")])
        {
            if (query.TryGetValue(name, out var values))
            {
                parameters[filter] = values;
            }
        }

        return Select(parameters, query.TryGetValue("reserved", out var reserved) ? reserved : [], ProcessingModel.Flexible);
    }

    public static Outcome<ProcessingModel> ParseModel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "rigid" => ProcessingModel.Rigid,
        "flexible" => ProcessingModel.Flexible,
        _ => Problem.BadRequest($"Invalid Processing Model: '{value}' is not rigid or flexible"),
    };

    /// <summary>A service reservation's length: required, whole minutes from 1 to 15.</summary>
    public static Outcome<int> ParseDuration(int? minutes) => minutes switch
    {
        null => Problem.BadRequest($"ReservationDuration is required: {MinimumMinutes} to {MaximumMinutes} minutes"),
        < MinimumMinutes or > MaximumMinutes => Problem.BadRequest($"ReservationDuration {minutes} is out of range {MinimumMinutes}-{MaximumMinutes} (minutes)"),
        _ => minutes.Value,
    };

    /// <summary>
    /// A list of <c>{"ID","Key"}</c>: each ID an xname named once, each key one issued for that ID of the kind
    /// <paramref name="marker"/> says (a deputy key where a reservation key is needed is a mistake worth naming).
    /// Keys never appear in the answer: they are secrets.
    /// </summary>
    public static Outcome<List<KeyedComponent>> ParseKeys(string field, IReadOnlyList<ComponentKey?>? keys, string marker)
    {
        if (keys is not { Count: > 0 })
        {
            return Problem.BadRequest($"{field} is required: a list of {{\"ID\":…,\"Key\":…}}");
        }

        var parsed = new List<KeyedComponent>(keys.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var entry = $"{field}[{i}]";
            var error = ParseKey(keys[i], marker, out var keyed);
            if (error is not null)
            {
                errors.Add($"{entry}{error}");
            }
            else if (!seen.Add(keyed!.Id))
            {
                errors.Add($"{entry}.ID {keyed.Id} is listed more than once");
            }
            else
            {
                parsed.Add(keyed);
            }
        }

        return errors.Count == 0 ? parsed : Problem.BadRequest(Summarize(errors));
    }

    private static string? ParseKey(ComponentKey? key, string marker, out KeyedComponent? keyed)
    {
        keyed = null;
        if (key is null)
        {
            return " is null";
        }

        if (!Xname.TryParse(key.ID, out var id, out var error))
        {
            return ".ID: " + (string.IsNullOrWhiteSpace(key.ID) ? "required" : error);
        }

        var value = key.Key?.Trim().ToLowerInvariant() ?? "";
        if (value.Length == 0)
        {
            return ".Key is required";
        }

        if (!ReservationKeys.Fits(value, id.Value, marker))
        {
            return $".Key is not a {(marker == ReservationKeys.DeputyMarker ? "deputy key" : "reservation key")} of {id.Value}";
        }

        keyed = new KeyedComponent(id.Value, value);
        return null;
    }

    private Outcome<LockSelection> Select(Dictionary<string, IReadOnlyList<string>> parameters, IReadOnlyList<string> reservedValues, ProcessingModel model)
    {
        var errors = new List<string>();
        var reserved = FilterValues.Booleans("Reserved", reservedValues, errors);
        var filter = components.Parse(parameters);
        if (filter.Problem is { } problem)
        {
            return errors.Count == 0 ? problem : Problem.BadRequest(problem.Detail + "; " + string.Join("; ", errors));
        }

        return errors.Count == 0
            ? new LockSelection(filter.Value!, reserved, filter.Value!.Ids.Include, model)
            : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    /// <summary>The first few problems and how many there were, so a long list gets a readable answer.</summary>
    private static string Summarize(List<string> errors) =>
        string.Join("; ", errors.Take(5)) + (errors.Count > 5 ? $"; and {errors.Count - 5} more" : "");
}
