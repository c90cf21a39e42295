using System.Collections.Frozen;

namespace SysMgmt.Core.Xnames;

/// <summary>Names and classifications of <see cref="XnameType"/> values, as HMS spells and groups them.</summary>
public static class XnameTypes
{
    private const string InvalidName = "INVALID";

    // Indexed by the enum value: Name() sits on hot paths (every component serialised).
    private static readonly string[] s_names = BuildNames();

    private static readonly FrozenDictionary<string, XnameType> s_byName =
        Enum.GetValues<XnameType>()
            .Where(type => type != XnameType.Invalid)
            .ToFrozenDictionary(type => s_names[(int)type], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every real component type (everything except <see cref="XnameType.Invalid"/>), in hms-xname order.</summary>
    public static IReadOnlyList<XnameType> All { get; } =
        [.. Enum.GetValues<XnameType>().Where(type => type != XnameType.Invalid)];

    /// <summary>
    /// The list SMD answers on <c>/service/values/type</c>: hms-xname <c>GetHMSTypeList()</c> walks the whole
    /// recognition table, so it includes the wildcard pseudo-types and <c>INVALID</c> besides the real types.
    /// </summary>
    public static IReadOnlyList<string> ServiceValueNames { get; } =
        [.. All.Select(Name), "All", "AllComp", "AllSvc", InvalidName];

    /// <summary>The HMS spelling of <paramref name="type"/>, e.g. <c>NodeBMC</c>; <c>INVALID</c> for <see cref="XnameType.Invalid"/>.</summary>
    public static string Name(XnameType type) =>
        (uint)type < (uint)s_names.Length
            ? s_names[(int)type]
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined XnameType.");

    /// <summary>
    /// Parses an HMS type name case-insensitively (<c>nodebmc</c> → <see cref="XnameType.NodeBMC"/>), as used by
    /// <c>type=</c> query filters. <c>INVALID</c>, the wildcards and numeric strings are rejected.
    /// </summary>
    public static bool TryParseName(string? name, out XnameType type)
    {
        if (name is not null && s_byName.TryGetValue(name, out type))
        {
            return true;
        }

        type = XnameType.Invalid;
        return false;
    }

    /// <summary>
    /// Controllers host a Redfish entry point (hms-xname <c>IsHMSTypeController</c>).
    /// </summary>
    public static bool IsController(XnameType type) =>
        type is XnameType.ChassisBMC or XnameType.RouterBMC or XnameType.NodeBMC or XnameType.CabinetPDUController;

    /// <summary>
    /// Types SMD accepts as a RedfishEndpoint ID: the controllers plus the management switches
    /// (smd <c>pkg/redfish/rfendpoints.go</c> <c>NewRedfishEPDescription</c>).
    /// </summary>
    public static bool IsRedfishEndpointType(XnameType type) =>
        IsController(type) || type is XnameType.MgmtSwitch or XnameType.MgmtHLSwitch or XnameType.CDUMgmtSwitch;

    private static string[] BuildNames()
    {
        var values = Enum.GetValues<XnameType>();
        var names = new string[values.Length];
        foreach (var value in values)
        {
            names[(int)value] = value == XnameType.Invalid ? InvalidName : value.ToString();
        }

        return names;
    }
}
