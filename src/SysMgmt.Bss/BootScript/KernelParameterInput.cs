namespace SysMgmt.Bss.BootScript;

/// <summary>
/// What the kernel command line of a boot script is made from. Node-specific values are null when they do not
/// apply (an unknown node gets no <c>xname=</c>, <c>nid=</c> or token).
/// </summary>
/// <remarks><c>Params</c>: The boot parameters' own <c>params</c>.
/// <c>KernelImageParams</c>: Parameters stored for the kernel image, appended for every node that boots it.
/// <c>InitrdImageParams</c>: Parameters stored for the initrd image.
/// <c>HasInitrd</c>: Whether an initrd is loaded, which makes <c>initrd=initrd</c> the first parameter.
/// <c>BootIfMac</c>: The MAC that asked for the script, for <c>BOOTIF=</c>; null leaves it out.
/// <c>DataSource</c>: The cloud-init seed, <c>nocloud-net;s=…/</c>.</remarks>
internal sealed record KernelParameterInput(
    string Params,
    string KernelImageParams,
    string InitrdImageParams,
    bool HasInitrd,
    string? Xname,
    string? Nid,
    string? ReferralToken,
    string? BootIfMac,
    string DataSource);
