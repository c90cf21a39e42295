using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Locks;

/// <summary>The expected failures of the lock and reservation routes, with the anchors' messages first.</summary>
internal static class LockProblems
{
    private const int ListedIds = 5;

    /// <summary>The request's IDs and filters match no component at all (the anchors: 400 <c>Component not found</c>).</summary>
    public static Problem NothingSelected { get; } = Problem.NotFound("Component not found: the request matches no component");

    /// <summary>
    /// A rigid request that could not act on every component, so it acted on none: 404 when the only trouble is
    /// components or reservations that are not there, 409 when some are in the wrong state.
    /// </summary>
    public static Problem Refused(IReadOnlyList<LockFailure> failures)
    {
        var detail = string.Join("; ", failures.GroupBy(f => f.Reason).Select(g => $"{Message(g.Key)}: {Ids(g)}"));
        return failures.All(f => f.Reason == LockFailureReason.NotFound) ? Problem.NotFound(detail) : Problem.Conflict(detail);
    }

    private static string Message(LockFailureReason reason) => reason switch
    {
        LockFailureReason.NotFound => "Component not found",
        LockFailureReason.Locked => "Component is Locked",
        LockFailureReason.Unlocked => "Component is Unlocked",
        LockFailureReason.Disabled => "Component reservations are disabled",
        LockFailureReason.Reserved => "Component is Reserved",
        _ => reason.ToString(),
    };

    private static string Ids(IEnumerable<LockFailure> failures)
    {
        var ids = failures.Select(f => f.ID).ToList();
        return string.Join(", ", ids.Take(ListedIds)) + (ids.Count > ListedIds ? $" and {ids.Count - ListedIds} more" : "");
    }
}
