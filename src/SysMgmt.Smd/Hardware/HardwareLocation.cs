using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// A location on the wire (HWInvByLoc): <c>ID, Type, Ordinal, Status, HWInventoryByLocationType</c>, the kind's
/// LocationInfo object, <c>PopulatedFRU</c> when populated, then any nested children (a node's
/// <c>Processors</c>, <c>Memory</c>…). Written by <see cref="HardwareLocationConverter"/>.
/// </summary>
[JsonConverter(typeof(HardwareLocationConverter))]
internal sealed record HardwareLocation(string ID, int Ordinal, string Status, HardwareKind Kind, JsonElement LocationInfo, HardwareFru? PopulatedFRU)
{
    public IReadOnlyList<HardwareLocationArray> Children { get; init; } = [];
}
