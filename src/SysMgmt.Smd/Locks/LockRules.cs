namespace SysMgmt.Smd.Locks;

/// <summary>
/// What each operation requires of a component, as the anchors decide it: null when the operation may act on the
/// component, otherwise the reason it may not.
/// </summary>
internal static class LockRules
{
    /// <summary>An administrator's "do not touch": not while locked already, reservations are disabled, or it is reserved.</summary>
    public static LockFailureReason? Lock(ComponentLockState c) =>
        c.Locked ? LockFailureReason.Locked : Unreserved(c);

    public static LockFailureReason? Unlock(ComponentLockState c) =>
        !c.Locked ? LockFailureReason.Unlocked : Unreserved(c);

    /// <summary>Disable (which also ends any reservation) and repair always apply, and repeat harmlessly.</summary>
    public static LockFailureReason? Always(ComponentLockState c) => null;

    /// <summary>An administrator's reservation (no expiry) needs the component locked.</summary>
    public static LockFailureReason? ReserveAsAdmin(ComponentLockState c) =>
        c.ReservationDisabled ? LockFailureReason.Disabled
        : !c.Locked ? LockFailureReason.Unlocked
        : c.Reserved ? LockFailureReason.Reserved
        : null;

    /// <summary>A service's reservation (it expires) needs the component unlocked.</summary>
    public static LockFailureReason? ReserveAsService(ComponentLockState c) =>
        c.ReservationDisabled ? LockFailureReason.Disabled
        : c.Locked ? LockFailureReason.Locked
        : c.Reserved ? LockFailureReason.Reserved
        : null;

    /// <summary>Forced removal: there must be a reservation to remove.</summary>
    public static LockFailureReason? HasReservation(ComponentLockState c) =>
        c.Reserved ? null : LockFailureReason.NotFound;

    private static LockFailureReason? Unreserved(ComponentLockState c) =>
        c.ReservationDisabled ? LockFailureReason.Disabled
        : c.Reserved ? LockFailureReason.Reserved
        : null;
}
