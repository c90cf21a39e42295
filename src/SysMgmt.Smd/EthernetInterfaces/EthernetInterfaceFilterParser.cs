using SysMgmt.Core.Networking;
using SysMgmt.Core.Time;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// Parses the query string of <c>GET /Inventory/EthernetInterfaces</c>: names case-insensitive, repeated values
/// ORed, MACs, IPs and xnames normalised so that any spelling finds the stored value. Every invalid value is
/// reported, not just the first; unknown parameters are ignored.
/// </summary>
/// <remarks>
/// The anchors do not negate values here (unlike the component filters): <c>Type=!Node</c> is an invalid type
/// there. A leading <c>!</c> is refused with a message that says so, rather than matching nothing.
/// </remarks>
internal static class EthernetInterfaceFilterParser
{
    public static Outcome<EthernetInterfaceFilter> Parse(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var errors = new List<string>();
        IReadOnlyList<string> Raw(string name) => parameters.TryGetValue(name, out var values) ? values : [];
        ListedValues Values(string name, bool blankAllowed, Func<string, (string?, string?)> normalize) =>
            FilterValues.Listed(name, Raw(name), blankAllowed, normalize, errors);

        var filter = new EthernetInterfaceFilter
        {
            Ids = Values("ID", blankAllowed: false, NormalizeId).Values,
            MacIds = Values("MACAddress", blankAllowed: false, NormalizeMac).Values,
            IpAddresses = Values("IPAddress", blankAllowed: true, NormalizeIp),
            Networks = Values("Network", blankAllowed: true, v => (v, null)),
            ComponentIds = Values("ComponentID", blankAllowed: true, NormalizeXname),
            Types = Values("Type", blankAllowed: false, NormalizeType).Values,
            OlderThan = Timestamp("OlderThan", Raw("OlderThan"), errors),
            NewerThan = Timestamp("NewerThan", Raw("NewerThan"), errors),
        };

        return errors.Count == 0 ? filter : Problem.BadRequest("bad query param: " + string.Join("; ", errors));
    }

    private static (string?, string?) NormalizeId(string value) =>
        EthernetInterfaceValidator.TryParseId(value, out var id, out var error) ? (id, null) : (null, error);

    private static (string?, string?) NormalizeMac(string value) =>
        MacAddress.TryNormalize(value, out var mac, out var error) ? (MacAddress.ToInterfaceId(mac), null) : (null, error);

    private static (string?, string?) NormalizeIp(string value) =>
        IpAddresses.TryNormalize(value, out var ip, out var error) ? (ip, null) : (null, error);

    private static (string?, string?) NormalizeXname(string value) =>
        Xname.TryParse(value, out var xname, out var error) ? (xname.Value, null) : (null, error);

    private static (string?, string?) NormalizeType(string value) =>
        XnameTypes.TryParseName(value, out var type) ? (XnameTypes.Name(type), null) : (null, $"'{value}' is not a valid HMS Type");

    /// <summary>One RFC 3339 timestamp; repeating the parameter is ambiguous, so it is refused.</summary>
    private static DateTimeOffset? Timestamp(string name, IReadOnlyList<string> values, List<string> errors)
    {
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors.Add($"{name} may be given only once");
            return null;
        }

        if (Rfc3339.TryParse(values[0], out var value))
        {
            return value;
        }

        errors.Add($"{name} '{values[0]}' is not an RFC 3339 timestamp (e.g. 2006-01-02T15:04:05Z or 2006-01-02T15:04:05.123456-07:00)");
        return null;
    }
}
