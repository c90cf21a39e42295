using System.Text.Json.Serialization;
using SysMgmt.Core.Time;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// A Redfish endpoint (a BMC or other controller) on the <c>/hsm/v2</c> wire, in the anchors' field order.
/// <see cref="Password"/> is write-only: it always reads back as an empty string.
/// </summary>
public sealed record RedfishEndpoint
{
    public string ID { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Name { get; init; }
    public string Hostname { get; init; } = "";
    public string Domain { get; init; } = "";
    public string FQDN { get; init; } = "";
    public bool Enabled { get; init; }
    public string? UUID { get; init; }
    public string User { get; init; } = "";

    /// <summary>Kept on the wire because clients' schemas require the key; the stored password is never sent.</summary>
    public string Password { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool UseSSDP { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool MACRequired { get; init; }

    public string? MACAddr { get; init; }
    public string? IPAddress { get; init; }
    public bool RediscoverOnUpdate { get; init; }
    public string? TemplateID { get; init; }
    public DiscoveryInfo DiscoveryInfo { get; init; } = new();
}

/// <summary>When SMD last learned about an endpoint's inventory, and how that went.</summary>
public sealed record DiscoveryInfo
{
    [JsonConverter(typeof(Rfc3339MicrosecondsConverter))]
    public DateTimeOffset? LastDiscoveryAttempt { get; init; }
    public string LastDiscoveryStatus { get; init; } = "NotYetQueried";
    public string? RedfishVersion { get; init; }
}
