using System.Text.Json;

namespace SysMgmt.Smd.Hardware;

/// <summary><c>POST /Inventory/Hardware</c>: <c>{"Hardware":[HWInvByLoc…]}</c>; entries are read by <see cref="HardwareInventoryReader"/>.</summary>
internal sealed record HardwarePostRequest
{
    public IReadOnlyList<JsonElement>? Hardware { get; init; }
}
