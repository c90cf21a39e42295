namespace SysMgmt.Smd.Hardware;

/// <summary>The modifiers of <c>GET /Inventory/Hardware/Query/{xname}</c>.</summary>
internal sealed record HardwareQuery(
    IReadOnlyList<string> Types, bool Children, bool Parents, IReadOnlyList<string> Partitions, bool Nested)
{
    public const string FullyFlat = "FullyFlat";
    public const string NestNodesOnly = "NestNodesOnly";

    public string Format => Nested ? NestNodesOnly : FullyFlat;
}
