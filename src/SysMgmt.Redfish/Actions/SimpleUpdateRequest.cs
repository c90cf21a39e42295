using System.Text.Json.Serialization;

namespace SysMgmt.Redfish.Actions;

/// <summary>
/// The body of <c>UpdateService.SimpleUpdate</c>. Leave <see cref="Targets"/> null for OpenBMC, which rejects it
/// (magellan #71, #91).
/// </summary>
public sealed record SimpleUpdateRequest
{
    [JsonPropertyName("ImageURI")]
    public required string ImageUri { get; init; }

    public string? TransferProtocol { get; init; }

    public IReadOnlyList<string>? Targets { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }
}
