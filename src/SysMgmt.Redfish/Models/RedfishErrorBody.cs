using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Models;

/// <summary>The <c>error</c> object of a Redfish error body.</summary>
public sealed record RedfishErrorBody
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("@Message.ExtendedInfo")]
    public IReadOnlyList<RedfishMessage>? ExtendedInfo { get; init; }
}
