namespace SysMgmt.Redfish.Models;

/// <summary>One message of <c>@Message.ExtendedInfo</c>.</summary>
public sealed record RedfishMessage
{
    public string? MessageId { get; init; }

    public string? Message { get; init; }

    public string? Severity { get; init; }
}
