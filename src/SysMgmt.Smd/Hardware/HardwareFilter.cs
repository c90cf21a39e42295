namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Filters of <c>GET /Inventory/Hardware</c> and <c>/HardwareByFRU</c>: values of one parameter are OR'd,
/// different parameters AND'd. Manufacturer matches case-insensitively on a substring, as in the anchors.
/// </summary>
internal sealed record HardwareFilter
{
    public IReadOnlyList<string> Ids { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Manufacturers { get; init; } = [];
    public IReadOnlyList<string> PartNumbers { get; init; } = [];
    public IReadOnlyList<string> SerialNumbers { get; init; } = [];
    public IReadOnlyList<string> FruIds { get; init; } = [];
    public IReadOnlyList<string> Partitions { get; init; } = [];
}
