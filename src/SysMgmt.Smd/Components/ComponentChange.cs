namespace SysMgmt.Smd.Components;

/// <summary>One validated PATCH to apply to a set of components.</summary>
internal abstract record ComponentChange
{
    /// <summary>StateData: the anchors' transition rules apply unless <paramref name="Force"/>.</summary>
    public sealed record StateData(string State, string Flag, bool Force) : ComponentChange;

    public sealed record FlagOnly(string Flag) : ComponentChange;

    public sealed record Enabled(bool Value) : ComponentChange;

    public sealed record SoftwareStatus(string? Value) : ComponentChange;

    /// <summary>An omitted SubRole clears it, for one component and for many alike.</summary>
    public sealed record Role(string Value, string? SubRole) : ComponentChange;

    /// <summary>A null NID removes it.</summary>
    public sealed record Nid(long? Value) : ComponentChange;
}
