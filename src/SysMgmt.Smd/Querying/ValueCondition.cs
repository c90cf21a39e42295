namespace SysMgmt.Smd.Querying;

/// <summary>
/// One filter parameter: repeated values are ORed (<see cref="Include"/>), values prefixed with <c>!</c> are
/// excluded (<see cref="Exclude"/>); SQL <c>col IN (…) AND col NOT IN (…)</c>.
/// </summary>
public sealed record ValueCondition<T>(IReadOnlyList<T> Include, IReadOnlyList<T> Exclude)
{
    public static readonly ValueCondition<T> None = new([], []);

    public bool IsEmpty => Include.Count == 0 && Exclude.Count == 0;
}
