using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>A Redfish error body: <c>{"error": {"code", "message", "@Message.ExtendedInfo"}}</c>.</summary>
public sealed record RedfishError
{
    [JsonPropertyName("error")]
    public RedfishErrorBody? Error { get; init; }
}
