using System.ComponentModel.DataAnnotations;

namespace SysMgmt.Smd.Locks;

/// <summary>Reservation settings (section <c>Smd:Reservations</c>).</summary>
public sealed class ReservationOptions
{
    public const string SectionName = "Smd:Reservations";

    /// <summary>
    /// How often expired service reservations are deleted. Correctness does not depend on it (every read treats an
    /// expired reservation as absent); it only bounds how long dead rows stay. The anchors sweep every 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
