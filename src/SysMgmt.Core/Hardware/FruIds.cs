using System.Text;

namespace SysMgmt.Core.Hardware;

/// <summary>
/// Standard FRU IDs, by the anchors' rule (hms-smd <c>pkg/redfish</c> <c>getStandardFRUID</c>):
/// <c>&lt;Type&gt;.&lt;Manufacturer&gt;.&lt;PartNumber&gt;.&lt;SerialNumber&gt;</c> with everything but ASCII
/// letters and digits removed from each part, and empty parts (with their dot) left out. A FRU needs a serial
/// number and a manufacturer or part number to be trackable; otherwise, or when the ID would exceed 255
/// characters, it is <c>FRUIDfor&lt;xname&gt;</c>, which stays with the location.
/// </summary>
public static class FruIds
{
    public const int MaxLength = 255;

    private const string UntrackablePrefix = "FRUIDfor";

    public static string Standard(string type, string locationId, string manufacturer, string partNumber, string serialNumber)
    {
        manufacturer = Clean(manufacturer);
        partNumber = Clean(partNumber);
        serialNumber = Clean(serialNumber);
        if ((manufacturer.Length == 0 && partNumber.Length == 0) || serialNumber.Length == 0)
        {
            return Untrackable(locationId);
        }

        var id = new StringBuilder(type);
        foreach (var part in (ReadOnlySpan<string>)[manufacturer, partNumber, serialNumber])
        {
            if (part.Length > 0)
            {
                id.Append('.').Append(part);
            }
        }

        return id.Length > MaxLength ? Untrackable(locationId) : id.ToString();
    }

    public static string Untrackable(string locationId) => UntrackablePrefix + locationId;

    private static string Clean(string value) => string.Concat(value.Where(char.IsAsciiLetterOrDigit));
}
