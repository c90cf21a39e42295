namespace SysMgmt.Smd.Subscriptions;

/// <summary>The <c>Op</c> of a subscription PATCH.</summary>
internal enum ScnPatchOperation
{
    /// <summary>Adds the given values (and <c>Enabled: true</c> turns enable notifications on).</summary>
    Add,

    /// <summary>Removes the given values (and <c>Enabled: true</c> turns enable notifications off).</summary>
    Remove,

    /// <summary>Replaces each list given (not empty) and <c>Enabled</c> when given.</summary>
    Replace,
}
