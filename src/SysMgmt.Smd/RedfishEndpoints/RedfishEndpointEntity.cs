namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>A row of <c>smd.redfish_endpoints</c>: a BMC or other controller SMD knows how to reach.</summary>
public sealed class RedfishEndpointEntity
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public string Name { get; set; } = "";
    public string Hostname { get; set; } = "";
    public string Domain { get; set; } = "";
    public required string Fqdn { get; set; }
    public bool Enabled { get; set; } = true;
    public string Uuid { get; set; } = "";
    public string Username { get; set; } = "";
    public byte[]? PasswordCiphertext { get; set; }
    public bool UseSsdp { get; set; }
    public bool MacRequired { get; set; }
    public string MacAddr { get; set; } = "";
    public string IpAddress { get; set; } = "";
    public bool RediscoverOnUpdate { get; set; }
    public string TemplateId { get; set; } = "";
    public DateTimeOffset? LastDiscoveryAttempt { get; set; }
    public string LastDiscoveryStatus { get; set; } = DiscoveryStatuses.NotYetQueried;
    public string RedfishVersion { get; set; } = "";
}
