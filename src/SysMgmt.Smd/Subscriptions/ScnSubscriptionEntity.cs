namespace SysMgmt.Smd.Subscriptions;

/// <summary>A row of <c>smd.scn_subscriptions</c>; trigger values are stored in canonical spelling.</summary>
internal sealed class ScnSubscriptionEntity
{
    public long Id { get; set; }
    public required string Subscriber { get; set; }
    public required string Url { get; set; }
    public bool? Enabled { get; set; }
    public string[] Roles { get; set; } = [];
    public string[] SubRoles { get; set; } = [];
    public string[] SoftwareStatus { get; set; } = [];
    public string[] States { get; set; } = [];
}
