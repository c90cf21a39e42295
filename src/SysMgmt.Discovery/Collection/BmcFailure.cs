namespace SysMgmt.Discovery.Collection;

/// <summary>Why a BMC was not collected or not sent, in words for the final table.</summary>
public sealed record BmcFailure(BmcFailureStage Stage, string Reason);
