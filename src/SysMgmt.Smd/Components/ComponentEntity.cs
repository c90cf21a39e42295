namespace SysMgmt.Smd.Components;

/// <summary>A row of <c>smd.components</c>: one HMS component, keyed by its normalised xname.</summary>
public sealed class ComponentEntity
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public required string State { get; set; }
    public required string Flag { get; set; }
    public bool Enabled { get; set; } = true;
    public string? SoftwareStatus { get; set; }
    public string? Role { get; set; }
    public string? SubRole { get; set; }
    public long? Nid { get; set; }
    public string? Subtype { get; set; }
    public string? NetType { get; set; }
    public string? Arch { get; set; }
    public string? Class { get; set; }
    public bool ReservationDisabled { get; set; }
    public bool Locked { get; set; }
}
