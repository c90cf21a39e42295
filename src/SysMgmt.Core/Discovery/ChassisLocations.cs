using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Discovery;

/// <summary>
/// Which Redfish Chassis of a BMC are HMS components, and their xnames. SMD records those chassis as components
/// with a <c>Chassis</c> component endpoint; the discovery agent uses the same rule to place hardware inventory.
/// </summary>
/// <remarks>
/// <para><b>Behind a NodeBMC</b> <c>x…c…s…b&lt;B&gt;</c>: the node enclosure is one chassis, the first of the
/// top-level chassis (no <c>ContainedBy</c>) that link a System, else of the top-level chassis whose
/// <c>ChassisType</c> is <c>Enclosure</c>, <c>RackMount</c>, <c>StandAlone</c>, <c>Rack</c>, <c>Shelf</c>,
/// <c>Drawer</c> or <c>Sled</c>, in <see cref="NaturalOrder"/> of their Redfish Ids. It becomes the NodeEnclosure
/// <c>x…c…s…e&lt;B&gt;</c>: the enclosure takes the BMC's number, as in the anchors, so the two node cards of a
/// Cray EX blade (<c>b0</c>, <c>b1</c>) get <c>e0</c> and <c>e1</c> rather than both claiming <c>e0</c>. Blades,
/// cards, modules, components and contained chassis are not components, nor are further enclosure candidates.</para>
/// <para><b>Behind a ChassisBMC</b> <c>x…c…b0</c> (a Cray EX chassis controller): the first chassis of type
/// <c>Enclosure</c> (top-level first) is the Chassis <c>x…c…</c>; <c>Blade&lt;N&gt;</c> is the ComputeModule
/// <c>x…c…s&lt;N&gt;</c> and <c>Perif&lt;N&gt;</c> the RouterModule <c>x…c…r&lt;N&gt;</c> (Ids compared without case;
/// leading zeros dropped; when two Ids give the same xname the first in natural order has it); other chassis are not
/// components.</para>
/// <para><b>Other endpoint types</b> have no chassis components. A chassis whose xname would be invalid (a number
/// past the grammar's range) is not a component either: the BMC's other chassis still are.</para>
/// </remarks>
public static class ChassisLocations
{
    private static readonly HashSet<string> s_enclosureTypes =
        new(["Enclosure", "RackMount", "StandAlone", "Rack", "Shelf", "Drawer", "Sled"], StringComparer.OrdinalIgnoreCase);

    /// <param name="bmc">The endpoint's xname.</param>
    /// <param name="chassis">Every chassis the BMC reports; a path listed twice counts once (the first).</param>
    /// <returns>The xname of each chassis that is a component, by path; chassis that are not are absent.</returns>
    public static IReadOnlyDictionary<string, Xname> Assign(Xname bmc, IReadOnlyList<ChassisDescription> chassis)
    {
        var unique = chassis.DistinctBy(c => c.Path, StringComparer.Ordinal).OrderBy(c => c.RedfishId, NaturalOrder.Instance).ToList();
        return bmc.Type switch
        {
            XnameType.NodeBMC => NodeEnclosure(bmc, unique),
            XnameType.ChassisBMC => ChassisControllerChassis(bmc, unique),
            _ => new Dictionary<string, Xname>(),
        };
    }

    private static Dictionary<string, Xname> NodeEnclosure(Xname bmc, List<ChassisDescription> ordered)
    {
        var located = new Dictionary<string, Xname>(StringComparer.Ordinal);
        var enclosure = ordered.FirstOrDefault(c => c.IsTopLevel && c.LinksSystems)
            ?? ordered.FirstOrDefault(c => c.IsTopLevel && c.ChassisType is { } type && s_enclosureTypes.Contains(type));
        var slot = bmc.Parent!.Value;
        if (enclosure is not null && Xname.TryParse($"{slot.Value}e{TrailingNumber(bmc)}", out var xname, out _))
        {
            located[enclosure.Path] = xname;
        }

        return located;
    }

    private static Dictionary<string, Xname> ChassisControllerChassis(Xname bmc, List<ChassisDescription> ordered)
    {
        var located = new Dictionary<string, Xname>(StringComparer.Ordinal);
        var chassisXname = bmc.Parent!.Value;
        var enclosure = ordered.Where(c => string.Equals(c.ChassisType, "Enclosure", StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.IsTopLevel ? 0 : 1).FirstOrDefault();
        if (enclosure is not null)
        {
            located[enclosure.Path] = chassisXname;
        }

        var taken = new HashSet<Xname>(located.Values);
        foreach (var module in ordered.Where(c => !located.ContainsKey(c.Path)))
        {
            var letter = NumberAfter(module.RedfishId, "Blade") is { } blade ? $"s{blade}"
                : NumberAfter(module.RedfishId, "Perif") is { } perif ? $"r{perif}"
                : null;
            if (letter is not null && Xname.TryParse(chassisXname.Value + letter, out var xname, out _) && taken.Add(xname))
            {
                located[module.Path] = xname;
            }
        }

        return located;
    }

    /// <summary>The digits after <paramref name="prefix"/> (any case) when the Id is exactly prefix and digits.</summary>
    private static string? NumberAfter(string redfishId, string prefix) =>
        redfishId.Length > prefix.Length && redfishId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && !redfishId.AsSpan(prefix.Length).ContainsAnyExcept("0123456789")
            ? redfishId[prefix.Length..]
            : null;

    /// <summary>The number a (normalised) xname ends with: <c>x1000c0s3b1</c> → <c>1</c>.</summary>
    private static string TrailingNumber(Xname xname) => xname.Value[(xname.Value.AsSpan().LastIndexOfAnyExcept("0123456789") + 1)..];
}
