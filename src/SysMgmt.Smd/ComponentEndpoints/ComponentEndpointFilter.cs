using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.ComponentEndpoints;

/// <summary>
/// <c>id, redfish_ep, type, redfish_type</c> for <c>GET /Inventory/ComponentEndpoints</c>. Unlike the anchors,
/// <c>redfish_type</c> filters the Redfish type (they filter the subtype, so <c>?redfish_type=Manager</c> finds nothing).
/// </summary>
internal sealed record ComponentEndpointFilter
{
    public ValueCondition<string> Ids { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> RedfishEndpointIds { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Types { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> RedfishTypes { get; init; } = ValueCondition<string>.None;

    public static Outcome<ComponentEndpointFilter> Parse(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        IReadOnlyList<string> Values(string name) => parameters.TryGetValue(name, out var values) ? values : [];
        var filter = new ComponentEndpointFilter
        {
            Ids = FilterValues.Strings(Values("id"), FilterValues.Xname, errors),
            RedfishEndpointIds = FilterValues.Strings(Values("redfish_ep"), FilterValues.Xname, errors),
            Types = FilterValues.Strings(Values("type"), FilterValues.HmsType, errors),
            RedfishTypes = FilterValues.Strings(Values("redfish_type"), RedfishType, errors),
        };
        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    private static (string?, string?) RedfishType(string value) =>
        value.Length > 0 && value.All(char.IsAsciiLetterOrDigit) ? (value, null) : (null, $"'{value}' is not a valid Redfish type");
}
