namespace SysMgmt.Smd.Locks;

/// <summary>A component's lock, reservation ability and (unexpired) reservation, as read under its row lock.</summary>
internal sealed record ComponentLockState(string Id, bool Locked, bool ReservationDisabled, bool Reserved);
