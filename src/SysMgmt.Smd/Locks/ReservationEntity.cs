namespace SysMgmt.Smd.Locks;

/// <summary>
/// A row of <c>smd.reservations</c>: who holds a component. <see cref="ExpiresAt"/> is null for an administrator's
/// reservation; a service's reservation whose time has passed counts as absent (see <see cref="ReservationQueries"/>).
/// </summary>
public sealed class ReservationEntity
{
    public required string ComponentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public required string DeputyKey { get; set; }

    /// <summary>SHA-256 of the reservation key; the key itself is given to the holder once and never stored.</summary>
    public required byte[] ReservationKeySha256 { get; set; }
}
