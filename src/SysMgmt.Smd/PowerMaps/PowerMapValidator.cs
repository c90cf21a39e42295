using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.PowerMaps;

/// <summary>
/// A power map names a component and at least one supplier, all by valid xnames of real components (not the
/// system <c>s0</c> or a partition). A component cannot power itself; a supplier listed twice counts once.
/// </summary>
internal static class PowerMapValidator
{
    public static ValidPowerMap? Validate(PowerMap input, out string error)
    {
        if (Component(input.Id, out var id) is { } badId)
        {
            error = "id " + badId;
            return null;
        }

        if (input.PoweredBy is not { Count: > 0 })
        {
            error = $"{id.Value}: poweredBy is required for PowerMaps";
            return null;
        }

        var suppliers = new List<string>(input.PoweredBy.Count);
        foreach (var raw in input.PoweredBy)
        {
            if (Component(raw, out var supplier) is { } badSupplier)
            {
                error = $"{id.Value}: poweredBy {badSupplier}";
                return null;
            }

            if (supplier == id)
            {
                error = $"{id.Value} cannot be powered by itself";
                return null;
            }

            if (!suppliers.Contains(supplier.Value))
            {
                suppliers.Add(supplier.Value);
            }
        }

        error = "";
        return new ValidPowerMap(id, suppliers);
    }

    /// <summary>Null when <paramref name="raw"/> is a component's xname; otherwise why not.</summary>
    private static string? Component(string? raw, out Xname xname)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            xname = default;
            return $"'{raw}' is not a valid xname: it is empty";
        }

        if (!Xname.TryParse(raw, out xname, out var error))
        {
            return error;
        }

        return xname.Type is XnameType.System or XnameType.Partition ? $"'{xname.Value}' is a {XnameTypes.Name(xname.Type)}, not a component" : null;
    }
}
