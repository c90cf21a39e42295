namespace SysMgmt.ServiceDefaults.Results;

/// <summary>
/// What a service operation produced: a value, or an expected <see cref="Results.Problem"/>. Exceptions stay
/// for the unexpected.
/// </summary>
public readonly struct Outcome<T>
{
    private Outcome(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);
}
