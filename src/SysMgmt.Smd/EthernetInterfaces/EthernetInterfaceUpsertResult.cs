namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// What <see cref="EthernetInterfaceUpsertService.UpsertAsync"/> did: how many interfaces it inserted and how many
/// existing ones it changed (owner claimed, description filled, addresses added or re-networked), or, when
/// <see cref="Conflicts"/> is not empty, that it wrote nothing and why.
/// </summary>
internal sealed record EthernetInterfaceUpsertResult(int Inserted, int Updated, IReadOnlyList<EthernetInterfaceConflict> Conflicts)
{
    public static EthernetInterfaceUpsertResult Nothing { get; } = new(0, 0, []);

    public bool Succeeded => Conflicts.Count == 0;
}
