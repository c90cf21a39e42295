using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// A FRU on the wire (HWInvByFRU): <c>FRUID, Type, Subtype, HWInventoryByFRUType</c> and the kind's FRUInfo
/// object, e.g. <c>NodeFRUInfo</c>. Written by <see cref="HardwareFruConverter"/>.
/// </summary>
[JsonConverter(typeof(HardwareFruConverter))]
internal sealed record HardwareFru(string FRUID, string Subtype, HardwareKind Kind, JsonElement Info);
