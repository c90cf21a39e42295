using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// The answer of <c>GET /Inventory/Hardware/Query/{xname}</c> (SystemHWInventory): <c>XName</c>, <c>Format</c>,
/// then one array per component type that has entries (<c>Nodes</c>, <c>Cabinets</c>…); empty arrays are left out.
/// </summary>
[JsonConverter(typeof(SystemHardwareInventoryConverter))]
internal sealed record SystemHardwareInventory(string XName, string Format, IReadOnlyList<HardwareLocationArray> Arrays);
