using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.PowerMaps;

/// <summary>A power map that passed <see cref="PowerMapValidator"/>: normalised xnames, each supplier once, in the order given.</summary>
internal sealed record ValidPowerMap(Xname Id, IReadOnlyList<string> PoweredBy)
{
    public PowerMap ToContract() => new() { Id = Id.Value, PoweredBy = PoweredBy };
}
