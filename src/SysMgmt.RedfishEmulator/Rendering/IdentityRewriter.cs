using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Rendering;

/// <summary>Replaces the mockup's serial numbers, UUIDs and MACs with the BMC's own.</summary>
internal static class IdentityRewriter
{
    public static string Rewrite(EmulatedBmc bmc, string? propertyName, string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        if (propertyName == "SerialNumber")
        {
            return bmc.Identity.Serial(value);
        }

        if (propertyName is not null && propertyName.EndsWith("UUID", StringComparison.Ordinal))
        {
            return bmc.Identity.Uuid(value);
        }

        return MacTable.LooksLikeMac(value) && bmc.Mockup.Macs.TryGetOrdinal(value, out var ordinal)
            ? bmc.Identity.Mac(value, ordinal)
            : value;
    }
}
