using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>
/// An HMS component on the <c>/hsm/v2</c> wire, in the anchors' field order. Empty fields are omitted;
/// <see cref="ReservationDisabled"/> and <see cref="Locked"/> appear only when true.
/// </summary>
public sealed record Component
{
    public string ID { get; init; } = "";

    /// <summary>Always derived from <see cref="ID"/> by the server; a client's value is ignored.</summary>
    public string? Type { get; init; }

    public string? State { get; init; }
    public string? Flag { get; init; }
    public bool? Enabled { get; init; }
    public string? SoftwareStatus { get; init; }
    public string? Role { get; init; }
    public string? SubRole { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? NID { get; init; }

    public string? Subtype { get; init; }
    public string? NetType { get; init; }
    public string? Arch { get; init; }
    public string? Class { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ReservationDisabled { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Locked { get; init; }
}
