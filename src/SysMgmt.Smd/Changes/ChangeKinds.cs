namespace SysMgmt.Smd.Changes;

/// <summary>The kinds of entity the feed reports (the <c>Kind</c> of a change), named as the /hsm/v2 resources are.</summary>
public static class ChangeKinds
{
    public const string Component = "Component";
    public const string EthernetInterface = "EthernetInterface";
    public const string RedfishEndpoint = "RedfishEndpoint";
    public const string Group = "Group";
    public const string Partition = "Partition";

    /// <summary>A component's groups and partition changed (its ID is the component's).</summary>
    public const string Membership = "Membership";
}
