namespace SysMgmt.Smd.Locks;

/// <summary>Which selected components an operation acts on, and which it refuses and why, both in ID order.</summary>
internal sealed record LockDecisions(IReadOnlyList<string> Succeeded, IReadOnlyList<LockFailure> Failed)
{
    /// <summary>Applies <paramref name="rule"/> to each component; the requested IDs that matched none fail as <c>NotFound</c>.</summary>
    public static LockDecisions Decide(
        IReadOnlyList<ComponentLockState> components, IEnumerable<string> notFound, Func<ComponentLockState, LockFailureReason?> rule)
    {
        var succeeded = new List<string>(components.Count);
        var failed = notFound.Select(id => new LockFailure(id, LockFailureReason.NotFound)).ToList();
        foreach (var component in components)
        {
            if (rule(component) is { } reason)
            {
                failed.Add(new LockFailure(component.Id, reason));
            }
            else
            {
                succeeded.Add(component.Id);
            }
        }

        succeeded.Sort(StringComparer.Ordinal);
        failed.Sort((a, b) => string.CompareOrdinal(a.ID, b.ID));
        return new LockDecisions(succeeded, failed);
    }
}
