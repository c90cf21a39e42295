namespace SysMgmt.Smd.Querying;

/// <summary>
/// The values of one repeatable filter that cannot be negated, ORed, and whether a blank value was among them
/// (<c>IPAddress=</c>: no IP address; <c>Network=</c>: an IP address without a network; <c>ComponentID=</c>: no owner).
/// </summary>
public readonly record struct ListedValues(IReadOnlyList<string> Values, bool MatchBlank)
{
    public static ListedValues None { get; } = new([], false);

    public bool IsEmpty => Values.Count == 0 && !MatchBlank;
}
