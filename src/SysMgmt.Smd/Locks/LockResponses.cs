using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Locks;

/// <summary>Why an operation left a component out, in the anchors' words.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LockFailureReason>))]
internal enum LockFailureReason
{
    /// <summary>No such component matches the request, or it holds no (unexpired) reservation with that key.</summary>
    NotFound,
    Locked,
    Unlocked,
    /// <summary>Reservations are disabled on the component.</summary>
    Disabled,
    Reserved,
}

internal sealed record LockFailure(string ID, LockFailureReason Reason);

internal sealed record LockCounts(int Total, int Success, int Failure);

internal sealed record ComponentIdList(IReadOnlyList<string> ComponentIDs);

/// <summary>The answer of lock, unlock, disable, repair, release, remove and renew.</summary>
internal sealed record LockUpdateResult(LockCounts Counts, ComponentIdList Success, IReadOnlyList<LockFailure> Failure)
{
    public static LockUpdateResult Of(IReadOnlyList<string> succeeded, IReadOnlyList<LockFailure> failed) =>
        new(new LockCounts(succeeded.Count + failed.Count, succeeded.Count, failed.Count), new ComponentIdList(succeeded), failed);
}

/// <summary>A reservation just made: both keys (the only time the reservation key is ever shown), and for a service reservation its end.</summary>
internal sealed record ReservationGrant(string ID, string DeputyKey, string ReservationKey, string? ExpirationTime);

/// <summary>A reservation that a deputy key proves (<c>/check</c>).</summary>
internal sealed record ReservationHolding(string ID, string DeputyKey, string CreationTime, string? ExpirationTime);

/// <summary>The answer of reservation create and check: what succeeded and what did not, and why.</summary>
internal sealed record ReservationResult<T>(IReadOnlyList<T> Success, IReadOnlyList<LockFailure> Failure);

internal sealed record ComponentLockStatus(string ID, bool Locked, bool Reserved, string? CreationTime, string? ExpirationTime, bool ReservationDisabled);

/// <summary>The answer of <c>/locks/status</c>: each component's lock and reservation, and the requested IDs that matched none.</summary>
internal sealed record LockStatusResult(IReadOnlyList<ComponentLockStatus> Components, IReadOnlyList<string> NotFound);
