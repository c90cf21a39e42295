namespace SysMgmt.Bss.BootScript;

/// <summary>An entry's parameters as stored, ready for a node's values to be appended.</summary>
/// <remarks><c>Present</c>: for each injected prefix (xname=, nid=, bss_referral_token=, BOOTIF=, ds=), whether the stored parameters set it.</remarks>
internal sealed record PreparedParameters(string Base, bool[] Present);
