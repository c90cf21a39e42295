namespace SysMgmt.Bss.BootScript;

/// <summary>
/// The values a boot script adds to the stored kernel parameters for the node asking: null leaves one out (an
/// unknown node gets no <c>xname=</c>, <c>nid=</c> or token; <c>BOOTIF=</c> only when configured).
/// </summary>
/// <remarks><c>DataSource</c>: the cloud-init seed, <c>nocloud-net;s=…/</c>.</remarks>
internal readonly record struct NodeParameters(string? Xname, string? Nid, string? ReferralToken, string? BootIfMac, string DataSource);
