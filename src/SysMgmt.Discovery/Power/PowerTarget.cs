using SysMgmt.Core.Xnames;

namespace SysMgmt.Discovery.Power;

/// <summary>A node to act on: the BMC that holds it, and its System's Redfish path, as SMD recorded them.</summary>
public sealed record PowerTarget(Xname Node, Uri Bmc, string SystemPath);
