namespace SysMgmt.Bss.BootParameters;

/// <summary>A validated <c>/boot/v1/bootparameters</c> body: canonical keys, normalised MACs, checked text.</summary>
/// <remarks><c>CloudInit</c>: Null when the body has no <c>cloud-init</c>, which a PUT then leaves as it was.</remarks>
internal sealed record BootParamsChange(
    IReadOnlyList<HostKey> Hosts,
    IReadOnlyList<string> Macs,
    IReadOnlyList<long> Nids,
    string? Params,
    string? Kernel,
    string? Initrd,
    CloudInitInput? CloudInit)
{
    /// <summary>True when the body names hosts, MACs or NIDs (not only images).</summary>
    public bool HasTargets => Hosts.Count + Macs.Count + Nids.Count > 0;

    /// <summary>True when the body sets anything an entry holds.</summary>
    public bool HasContent => Params is not null || Kernel is not null || Initrd is not null || CloudInit is not null;
}
