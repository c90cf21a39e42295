namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// The values of one repeatable filter, ORed, and whether a blank value was among them (<c>IPAddress=</c>: no
/// IP address; <c>Network=</c>: an IP address without a network; <c>ComponentID=</c>: no owner).
/// </summary>
internal readonly record struct FilterValues(IReadOnlyList<string> Values, bool MatchBlank)
{
    public static FilterValues None { get; } = new([], false);

    public bool IsEmpty => Values.Count == 0 && !MatchBlank;
}
