namespace SysMgmt.Smd.Locks;

/// <summary>Reservations as every read must see them: one whose expiry has passed is not there.</summary>
internal static class ReservationQueries
{
    public static IQueryable<ReservationEntity> HeldAt(this IQueryable<ReservationEntity> reservations, DateTimeOffset now) =>
        reservations.Where(r => r.ExpiresAt == null || r.ExpiresAt > now);
}
