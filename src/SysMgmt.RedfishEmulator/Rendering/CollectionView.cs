namespace SysMgmt.RedfishEmulator.Rendering;

/// <summary>How a collection is shown: which page, whether members are expanded, and members that replace the mockup's.</summary>
internal sealed record CollectionView(int Skip, int PageSize, bool Expand, IReadOnlyList<string>? MemberPaths = null)
{
    public static CollectionView Whole { get; } = new(0, 0, false);
}
