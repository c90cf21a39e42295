using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>The collection filters of <c>GET /Inventory/RedfishEndpoints</c>; all ANDed.</summary>
internal sealed record RedfishEndpointFilter
{
    public ValueCondition<string> Ids { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Fqdns { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Types { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Uuids { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> MacAddrs { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> IpAddresses { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> LastStatuses { get; init; } = ValueCondition<string>.None;

    /// <summary>Parses <c>id, fqdn, type, uuid, macaddr, ipaddress, laststatus</c> (names any case, <c>!</c> negates).</summary>
    public static Outcome<RedfishEndpointFilter> Parse(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        IReadOnlyList<string> Values(string name) => parameters.TryGetValue(name, out var values) ? values : [];
        var filter = new RedfishEndpointFilter
        {
            Ids = FilterValues.Strings(Values("id"), FilterValues.Xname, errors),
            Fqdns = FilterValues.Strings(Values("fqdn"), v => (v.ToLowerInvariant(), null), errors),
            Types = FilterValues.Strings(Values("type"), FilterValues.HmsType, errors),
            Uuids = FilterValues.Strings(Values("uuid"), FilterValues.Verbatim, errors),
            MacAddrs = FilterValues.Strings(Values("macaddr"), Mac, errors),
            IpAddresses = FilterValues.Strings(Values("ipaddress"), Ip, errors),
            LastStatuses = FilterValues.Strings(Values("laststatus"), FilterValues.Verbatim, errors),
        };
        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    private static (string?, string?) Mac(string value) =>
        Core.Networking.MacAddress.TryNormalize(value, out var mac, out var error) ? (mac, null) : (null, $"macaddr '{value}': {error}");

    private static (string?, string?) Ip(string value) =>
        Core.Networking.IpAddresses.TryNormalize(value, out var ip, out var error) ? (ip, null) : (null, $"ipaddress '{value}': {error}");
}
