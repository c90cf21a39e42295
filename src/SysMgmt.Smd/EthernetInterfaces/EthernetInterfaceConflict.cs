namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// A MAC that <see cref="ComponentId"/> claims but <see cref="OwnerComponentId"/> already owns: stored so, or, when
/// <see cref="WithinBatch"/>, claimed by both in the same batch.
/// </summary>
internal sealed record EthernetInterfaceConflict(string MacAddress, string ComponentId, string OwnerComponentId, bool WithinBatch)
{
    /// <summary>A sentence for a 409 detail, e.g. <c>MAC a4:bf:01:2b:73:10 of x1c0s0b0n1 already belongs to x1c0s0b0n0</c>.</summary>
    public override string ToString() => WithinBatch
        ? $"MAC {MacAddress} is given to both {OwnerComponentId} and {ComponentId}"
        : $"MAC {MacAddress} of {ComponentId} already belongs to {OwnerComponentId}";
}
