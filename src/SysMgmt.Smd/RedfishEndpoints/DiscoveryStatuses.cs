namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>The <c>DiscoveryInfo.LastDiscoveryStatus</c> values SMD sets itself.</summary>
public static class DiscoveryStatuses
{
    public const string NotYetQueried = "NotYetQueried";

    /// <summary>Set when a discovery agent's inventory (magellan's SchemaVersion 1 body) was ingested.</summary>
    public const string DiscoverOK = "DiscoverOK";
}
